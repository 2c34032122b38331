using System;
using System.Collections;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace HaRules.Analyzers.Reading;

/// <summary>
/// Interprets the operation tree of a design's code, replaying every DSL call it can follow on the
/// real design language. This part runs statements: declarations, expression statements, returns,
/// <c>if</c> on a known condition and loops with known bounds. Anything else is a gap.
/// </summary>
internal sealed partial class ReplayInterpreter
{
    private readonly ReplayContext _context;

    public ReplayInterpreter(ReplayContext context) => _context = context;

    private enum Flow
    {
        Normal,
        Return,
    }

    /// <summary>Runs a method or lambda body and gives its return value (null for void, unknown when not followed).</summary>
    public object? RunBody(IOperation? body, Scope scope)
    {
        if (body is null)
        {
            return Unknown.Value;
        }

        var frame = new Frame();
        Execute(body, scope, frame);
        return frame.Returned ? frame.Value : null;
    }

    private Flow Execute(IOperation operation, Scope scope, Frame frame)
    {
        _context.Step();
        switch (operation)
        {
            case IMethodBodyOperation method:
                return Execute((IOperation?)method.BlockBody ?? method.ExpressionBody!, scope, frame);
            case IBlockOperation block:
                foreach (var statement in block.Operations)
                {
                    var flow = Execute(statement, scope, frame);
                    if (flow != Flow.Normal)
                    {
                        return flow;
                    }
                }

                return Flow.Normal;
            case IVariableDeclarationGroupOperation group:
                foreach (var declaration in group.Declarations)
                {
                    foreach (var declarator in declaration.Declarators)
                    {
                        var initializer = declarator.Initializer ?? declaration.Initializer;
                        scope.Declare(declarator.Symbol, initializer is null ? Unknown.Value : Evaluate(initializer.Value, scope));
                    }
                }

                return Flow.Normal;
            case IExpressionStatementOperation statement:
                Evaluate(statement.Operation, scope);
                return Flow.Normal;
            case IReturnOperation { Kind: OperationKind.Return } ret:
                frame.Returned = true;
                frame.Value = ret.ReturnedValue is null ? null : Evaluate(ret.ReturnedValue, scope);
                return Flow.Return;
            case ILocalFunctionOperation or IEmptyOperation:
                return Flow.Normal;
            case IConditionalOperation conditional:
                return ExecuteIf(conditional, scope, frame);
            case IForLoopOperation loop:
                return ExecuteFor(loop, new Scope(scope), frame);
            case IForEachLoopOperation loop:
                return ExecuteForEach(loop, scope, frame);
            default:
                _context.Gap(operation, $"a {operation.Kind} statement is not followed");
                return Flow.Normal;
        }
    }

    private Flow ExecuteIf(IConditionalOperation conditional, Scope scope, Frame frame)
    {
        if (Evaluate(conditional.Condition, scope) is not bool condition)
        {
            _context.Gap(conditional.Condition, "a condition the reader cannot evaluate");
            return Flow.Normal;
        }

        var branch = condition ? conditional.WhenTrue : conditional.WhenFalse;
        return branch is null ? Flow.Normal : Execute(branch, new Scope(scope), frame);
    }

    private Flow ExecuteFor(IForLoopOperation loop, Scope scope, Frame frame)
    {
        foreach (var before in loop.Before)
        {
            Execute(before, scope, frame);
        }

        for (var iteration = 0; ; iteration++)
        {
            var condition = loop.Condition is null ? (object)true : Evaluate(loop.Condition, scope);
            if (condition is not bool go || iteration >= ReplayContext.MaxIterations)
            {
                _context.Gap(loop, "a loop whose bound the reader cannot evaluate");
                return Flow.Normal;
            }

            if (!go)
            {
                return Flow.Normal;
            }

            var flow = Execute(loop.Body, new Scope(scope), frame);
            if (flow != Flow.Normal)
            {
                return flow;
            }

            foreach (var step in loop.AtLoopBottom)
            {
                Execute(step, scope, frame);
            }
        }
    }

    private Flow ExecuteForEach(IForEachLoopOperation loop, Scope scope, Frame frame)
    {
        var collection = Evaluate(loop.Collection, scope);
        var variable = (loop.LoopControlVariable as IVariableDeclaratorOperation)?.Symbol
            ?? (loop.LoopControlVariable as IVariableDeclarationOperation)?.Declarators.FirstOrDefault()?.Symbol;
        if (collection is not Array items || variable is null)
        {
            _context.Gap(loop, "a loop over a collection the reader cannot evaluate");
            return Flow.Normal;
        }

        foreach (var item in (IEnumerable)items)
        {
            var body = new Scope(scope);
            body.Declare(variable, ValueConversion.To(item, variable.Type));
            var flow = Execute(loop.Body, body, frame);
            if (flow != Flow.Normal)
            {
                return flow;
            }
        }

        return Flow.Normal;
    }

    private sealed class Frame
    {
        public bool Returned { get; set; }

        public object? Value { get; set; }
    }
}
