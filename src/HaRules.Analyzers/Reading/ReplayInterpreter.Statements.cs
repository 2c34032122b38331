using System.Collections;
using System.Collections.Generic;
using System.Linq;
using HaRules.Analyzers.Reading.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace HaRules.Analyzers.Reading;

/// <summary>
/// Interprets the operation tree of a design's code, replaying every DSL call it can follow on the
/// real design language. This part runs statements: declarations, expression statements, returns,
/// <c>if</c>, <c>switch</c> and loops with known bounds, <c>break</c> and <c>continue</c>. Anything
/// else is a gap, and the variables it could have changed become unknown.
/// </summary>
internal sealed partial class ReplayInterpreter
{
    private readonly ReplayContext _context;

    public ReplayInterpreter(ReplayContext context) => _context = context;

    private enum Flow
    {
        Normal,
        Return,
        Break,
        Continue,
    }

    /// <summary>Runs a method or lambda body and gives its return value (null for void, unknown when not followed).</summary>
    public object? RunBody(IOperation? body, Scope scope)
    {
        if (body is null)
        {
            return Unknown.Value;
        }

        var frame = new Frame();
        var flow = Execute(body, scope, frame);
        if (flow is Flow.Break or Flow.Continue)
        {
            return Unknown.Value;
        }

        return frame.Returned ? frame.Value : body is IBlockOperation or IMethodBodyOperation ? null : frame.Value;
    }

    private Flow Execute(IOperation operation, Scope scope, Frame frame)
    {
        _context.Step();
        _context.Enter(operation);
        try
        {
            return ExecuteStatement(operation, scope, frame);
        }
        finally
        {
            _context.Exit();
        }
    }

    private Flow ExecuteStatement(IOperation operation, Scope scope, Frame frame)
    {
        switch (operation)
        {
            case IMethodBodyOperation method:
                return Execute((IOperation?)method.BlockBody ?? method.ExpressionBody!, scope, frame);
            case IBlockOperation block:
                return ExecuteAll(block.Operations, scope, frame);
            case IVariableDeclarationGroupOperation group:
                foreach (var declaration in group.Declarations)
                {
                    foreach (var declarator in declaration.Declarators)
                    {
                        var initializer = declarator.Initializer ?? declaration.Initializer;
                        scope.Declare(declarator.Symbol, initializer is null ? Unknown.Value : ObjectValue.Stored(Evaluate(initializer.Value, scope)));
                    }
                }

                return Flow.Normal;
            case IExpressionStatementOperation statement:
                Evaluate(statement.Operation, scope);
                return Flow.Normal;
            case IReturnOperation { Kind: OperationKind.YieldReturn, ReturnedValue: { } yielded } when frame.Yielded is { } items:
                items.Add(ObjectValue.Stored(Evaluate(yielded, scope)));
                _context.Step();
                return Flow.Normal;
            case IReturnOperation { Kind: OperationKind.YieldBreak } when frame.Yielded is not null:
                return Flow.Return;
            case IReturnOperation { Kind: OperationKind.Return } ret:
                frame.Returned = true;
                frame.Value = ret.ReturnedValue is null ? null : ObjectValue.Stored(Evaluate(ret.ReturnedValue, scope));
                return Flow.Return;
            case IBranchOperation { BranchKind: BranchKind.Break }:
                return Flow.Break;
            case IBranchOperation { BranchKind: BranchKind.Continue }:
                return Flow.Continue;
            case ILocalFunctionOperation or IEmptyOperation:
                return Flow.Normal;
            case IConditionalOperation conditional:
                return ExecuteIf(conditional, scope, frame);
            case IForLoopOperation loop:
                return ExecuteFor(loop, new Scope(scope), frame);
            case IForEachLoopOperation loop:
                return ExecuteForEach(loop, scope, frame);
            case IWhileLoopOperation loop:
                return ExecuteWhile(loop, scope, frame);
            case ISwitchOperation switchStatement:
                return ExecuteSwitch(switchStatement, scope, frame);
            case IThrowOperation thrown:
                throw Throws(thrown, scope);
            case ITryOperation { Catches.Length: 0, Finally: { } finallyBlock } attempt:
                return Finally(() => Execute(attempt.Body, new Scope(scope), frame), () => Execute(finallyBlock, new Scope(scope), frame));
            case IUsingOperation { IsAsynchronous: false } statement:
                var resources = new Scope(scope);
                var held = Acquire(statement.Resources, resources);
                return Finally(() => Execute(statement.Body, resources, frame), () => Dispose(held, statement));
            default:
                Skip(operation, scope, $"a {Describe(operation)} is not followed");
                return Flow.Normal;
        }
    }

    private Flow ExecuteAll(IEnumerable<IOperation> statements, Scope scope, Frame frame)
    {
        var list = statements as IReadOnlyList<IOperation> ?? statements.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var statement = list[i];
            if (statement is IUsingDeclarationOperation { IsAsynchronous: false } declaration)
            {
                // "using var x = …;": the rest of the block is the body; x is disposed at its end.
                _context.Step();
                var held = Acquire(declaration.DeclarationGroup, scope);
                var rest = list.Skip(i + 1).ToList();
                return Finally(() => ExecuteAll(rest, scope, frame), () => Dispose(held, declaration));
            }

            var flow = Execute(statement, scope, frame);
            if (flow != Flow.Normal)
            {
                return flow;
            }
        }

        return Flow.Normal;
    }

    // try/finally as at run time: the finally runs after the body however it ends, also when the
    // design's code throws (the exception then goes on, to HA006); when the reader itself stops, nothing more runs.
    private static Flow Finally(System.Func<Flow> body, System.Func<Flow> after)
    {
        Flow flow;
        try
        {
            flow = body();
        }
        catch (DesignThrowsException)
        {
            after();
            throw;
        }

        after();
        return flow;
    }

    // The resources of a using: declared in the scope, kept in order for disposal.
    private List<object?> Acquire(IOperation resources, Scope scope)
    {
        var held = new List<object?>();
        if (resources is IVariableDeclarationGroupOperation group)
        {
            foreach (var declaration in group.Declarations)
            {
                foreach (var declarator in declaration.Declarators)
                {
                    var initializer = declarator.Initializer ?? declaration.Initializer;
                    var value = initializer is null ? Unknown.Value : ObjectValue.Stored(Evaluate(initializer.Value, scope));
                    scope.Declare(declarator.Symbol, value);
                    held.Add(value);
                }
            }
        }
        else
        {
            held.Add(Evaluate(resources, scope));
        }

        return held;
    }

    // Disposes in reverse order, as C# does: a class of the design's code runs its Dispose; null is
    // skipped; anything else is a gap, since what its Dispose does is not known.
    private Flow Dispose(List<object?> held, IOperation site)
    {
        var dispose = _context.Compilation.GetSpecialType(SpecialType.System_IDisposable).GetMembers("Dispose").OfType<IMethodSymbol>().FirstOrDefault();
        for (var i = held.Count - 1; i >= 0; i--)
        {
            switch (held[i])
            {
                case null:
                    continue;
                case ObjectValue { Type.IsReferenceType: true } resource when dispose is not null
                    && resource.Type.FindImplementationForInterfaceMember(dispose) is IMethodSymbol implementation
                    && implementation.DeclaringSyntaxReferences.Length > 0:
                    RunMethod(implementation, new Scope(null, resource), site);
                    break;
                default:
                    _context.Gap(site, "a using whose resource's Dispose the reader cannot run");
                    break;
            }
        }

        return Flow.Normal;
    }

    private Flow ExecuteIf(IConditionalOperation conditional, Scope scope, Frame frame)
    {
        if (Evaluate(conditional.Condition, scope) is not bool condition)
        {
            Skip(conditional, scope, "an if whose condition the reader cannot evaluate");
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
            if (!GoesRound(loop, loop.Condition, until: false, iteration, scope))
            {
                return Flow.Normal;
            }

            if (AfterBody(Execute(loop.Body, new Scope(scope), frame)) is { } exit)
            {
                return exit;
            }

            foreach (var step in loop.AtLoopBottom)
            {
                Execute(step, scope, frame);
            }
        }
    }

    private Flow ExecuteWhile(IWhileLoopOperation loop, Scope scope, Frame frame)
    {
        for (var iteration = 0; ; iteration++)
        {
            if ((loop.ConditionIsTop || iteration > 0) && !GoesRound(loop, loop.Condition, loop.ConditionIsUntil, iteration, scope))
            {
                return Flow.Normal;
            }

            if (AfterBody(Execute(loop.Body, new Scope(scope), frame)) is { } exit)
            {
                return exit;
            }
        }
    }

    // The test before each round of a for or while loop, written once for both: true to run the body
    // again; false when the condition ends the loop, or when the reader cannot bound it (then the loop
    // is skipped as a gap). An absent condition is true; an until loop goes round while it is false.
    private bool GoesRound(IOperation loop, IOperation? condition, bool until, int iteration, Scope scope)
    {
        var value = condition is null ? (object)true : Evaluate(condition, scope);
        if (value is bool b && until)
        {
            value = !b;
        }

        if (value is not bool go || (go && iteration >= ReplayContext.MaxIterations))
        {
            Skip(loop, scope, Unbounded(value));
            return false;
        }

        return go;
    }

    // What every loop does once its body has run, written once for for, while and foreach: a return
    // leaves the loop with that flow, a break ends it normally, anything else (null) goes round again.
    private static Flow? AfterBody(Flow flow) => flow switch
    {
        Flow.Return => flow,
        Flow.Break => Flow.Normal,
        _ => null,
    };

    private static string Unbounded(object? condition) => condition is bool
        ? $"a loop that runs more than {ReplayContext.MaxIterations:N0} times"
        : "a loop whose bound the reader cannot evaluate";

    private Flow ExecuteForEach(IForEachLoopOperation loop, Scope scope, Frame frame)
    {
        var collection = Evaluate(loop.Collection, scope);
        if (loop.IsAsynchronous || Sequence(collection, loop.Collection) is not { } items)
        {
            Skip(loop, scope, "a loop over a collection the reader cannot evaluate");
            return Flow.Normal;
        }

        var version = Version(collection);
        var iteration = 0;
        foreach (var item in items)
        {
            CheckUnchanged(loop, collection, version);
            if (++iteration > ReplayContext.MaxIterations)
            {
                Skip(loop, scope, Unbounded(true));
                return Flow.Normal;
            }

            var body = new Scope(scope);
            switch (loop.LoopControlVariable)
            {
                case IVariableDeclaratorOperation declarator:
                    body.Declare(declarator.Symbol, ObjectValue.Stored(ValueConversion.To(item, declarator.Symbol.Type)));
                    break;
                case IVariableDeclarationOperation declaration when declaration.Declarators.Length == 1:
                    body.Declare(declaration.Declarators[0].Symbol, ObjectValue.Stored(ValueConversion.To(item, declaration.Declarators[0].Symbol.Type)));
                    break;
                default:
                    Deconstruct(loop.LoopControlVariable, item, body);
                    break;
            }

            if (AfterBody(Execute(loop.Body, body, frame)) is { } exit)
            {
                return exit;
            }
        }

        CheckUnchanged(loop, collection, version);
        return Flow.Normal;
    }

    // List<T> throws on the next step of a foreach over a list changed meanwhile; what a dictionary
    // does then differs between .NET versions, so that is a gap.
    private static void CheckUnchanged(IForEachLoopOperation loop, object? collection, int version)
    {
        if (Version(collection) == version)
        {
            return;
        }

        if (collection is SequenceValue)
        {
            throw new DesignThrowsException("System.InvalidOperationException", "Collection was modified; enumeration operation may not execute.", loop.Collection.Syntax.GetLocation());
        }

        throw new ReadingStoppedException("a dictionary changed during a foreach over it", loop.Syntax.GetLocation());
    }

    private static int Version(object? collection) => collection switch
    {
        SequenceValue { IsArray: false } sequence => sequence.Version,
        DictionaryValue dictionary => dictionary.Version,
        SetValue set => set.Version,
        _ => 0,
    };

    private Flow ExecuteSwitch(ISwitchOperation switchStatement, Scope scope, Frame frame)
    {
        var value = Evaluate(switchStatement.Value, scope);
        ISwitchCaseOperation? chosen = null;
        ISwitchCaseOperation? fallback = null;
        var inner = new Scope(scope);
        foreach (var section in switchStatement.Cases)
        {
            foreach (var clause in section.Clauses)
            {
                bool? matches = clause switch
                {
                    IDefaultCaseClauseOperation => null,
                    ISingleValueCaseClauseOperation single => Equal(value, Evaluate(single.Value, inner)),
                    IPatternCaseClauseOperation pattern => Match(pattern.Pattern, value, inner) is { } m && m && pattern.Guard is not null
                        ? Evaluate(pattern.Guard, inner) as bool?
                        : Match(pattern.Pattern, value, inner),
                    _ => false,
                };
                if (clause is IDefaultCaseClauseOperation)
                {
                    fallback = section;
                    continue;
                }

                if (matches is null)
                {
                    Skip(switchStatement, scope, "a switch on a value the reader cannot match");
                    return Flow.Normal;
                }

                if (matches.Value)
                {
                    chosen = section;
                    break;
                }
            }

            if (chosen is not null)
            {
                break;
            }
        }

        chosen ??= fallback;
        if (chosen is null)
        {
            return Flow.Normal;
        }

        var flow = ExecuteAll(chosen.Body, inner, frame);
        return flow is Flow.Break ? Flow.Normal : flow;
    }

    /// <summary>
    /// Records a gap for code the reader does not run, and makes unknown every variable, field and
    /// collection that code could have changed, so nothing after it is read from a stale value.
    /// </summary>
    private void Skip(IOperation region, Scope scope, string what)
    {
        _context.Gap(region, what);
        foreach (var operation in region.DescendantsAndSelf())
        {
            var target = operation switch
            {
                IAssignmentOperation assignment => assignment.Target,
                IIncrementOrDecrementOperation increment => increment.Target,
                IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out } argument => argument.Value,
                IInvocationOperation { Instance: { } instance } invocation when !RuntimeTypes.IsHaRulesType(invocation.TargetMethod.ContainingType) => instance,
                IInvocationOperation { Instance: null, Arguments.Length: > 0 } invocation when invocation.TargetMethod.IsExtensionMethod => invocation.Arguments[0].Value,
                _ => null,
            };
            if (target is not null)
            {
                Forget(target, scope);
            }

            if (operation is IInvocationOperation call && !RuntimeTypes.IsHaRulesType(call.TargetMethod.ContainingType)
                && (InSource(call.TargetMethod.ContainingType) || call.TargetMethod.MethodKind == MethodKind.DelegateInvoke))
            {
                ForgetWhatACallCanChange(call, scope);
            }
        }
    }

    // A skipped call of the design's code may change the design's fields, static fields, the objects
    // passed to it and, for a local function, the locals around it. Builders stay: what a skipped
    // call declares is missing from the model, which the gap already says.
    private void ForgetWhatACallCanChange(IInvocationOperation call, Scope scope)
    {
        if (scope.This is ObjectValue self)
        {
            foreach (var member in self.Members.Select(m => m.Key).ToArray())
            {
                if (!RuntimeTypes.IsHaRulesObject(self.Get(member)))
                {
                    self.Set(member, Unknown.Value);
                }
            }
        }

        foreach (var field in _context.StaticFields.Keys.ToArray())
        {
            if (!RuntimeTypes.IsHaRulesObject(_context.StaticFields[field]))
            {
                _context.StaticFields[field] = Unknown.Value;
            }
        }

        foreach (var argument in call.Arguments)
        {
            if (!RuntimeTypes.IsHaRulesType(argument.Value.Type))
            {
                Forget(argument.Value, scope);
            }
        }

        if (call.TargetMethod.MethodKind is MethodKind.LocalFunction or MethodKind.DelegateInvoke)
        {
            foreach (var local in call.TargetMethod.MethodKind == MethodKind.LocalFunction && BodyOf(call.TargetMethod, null) is { } body
                ? body.DescendantsAndSelf().OfType<IAssignmentOperation>().Select(a => a.Target)
                : Enumerable.Empty<IOperation>())
            {
                Forget(local, scope);
            }
        }
    }

    private void Forget(IOperation target, Scope scope)
    {
        while (true)
        {
            switch (target)
            {
                case IConversionOperation conversion:
                    target = conversion.Operand;
                    continue;
                case ILocalReferenceOperation local when scope.Has(local.Local):
                    scope.Set(local.Local, Unknown.Value);
                    return;
                case IParameterReferenceOperation parameter when scope.Has(parameter.Parameter):
                    scope.Set(parameter.Parameter, Unknown.Value);
                    return;
                case IFieldReferenceOperation { Field.IsStatic: true } field:
                    _context.StaticFields[field.Field.OriginalDefinition] = Unknown.Value;
                    return;
                case IPropertyReferenceOperation { Property.IsStatic: true } property:
                    _context.StaticFields[property.Property.OriginalDefinition] = Unknown.Value;
                    return;
                case IMemberReferenceOperation { Instance: IInstanceReferenceOperation } member when scope.This is ObjectValue self:
                    self.Set(member.Member, Unknown.Value);
                    return;
                case IMemberReferenceOperation { Instance: { } instance }:
                    target = instance;
                    continue;
                case IArrayElementReferenceOperation element:
                    target = element.ArrayReference;
                    continue;
                case IDeclarationExpressionOperation or IDiscardOperation or ITupleOperation:
                    return;
                default:
                    return;
            }
        }
    }

    private static string Describe(IOperation operation) => operation switch
    {
        ITryOperation => "try statement",
        IUsingOperation => "using statement",
        ILockOperation => "lock statement",
        IReturnOperation { Kind: OperationKind.YieldReturn or OperationKind.YieldBreak } => "yield statement",
        IBranchOperation branch => $"{branch.BranchKind.ToString().ToLowerInvariant()} statement",
        _ => $"{operation.Kind} statement",
    };

    private sealed class Frame
    {
        /// <summary>In an iterator's body: what it has yielded so far.</summary>
        public List<object?>? Yielded { get; set; }

        public bool Returned { get; set; }

        public object? Value { get; set; }
    }

    /// <summary>The items of a collection the reader holds (arrays, lists, queries, dictionaries, arrays from the language), or null.</summary>
    private IEnumerable<object?>? Sequence(object? value, IOperation? where)
    {
        switch (value)
        {
            case SequenceValue sequence:
                return Guarded(sequence.Items.ToArray(), where);
            case LazySequence lazy:
                return Guarded(lazy, where);
            case GroupingValue group:
                return Guarded(group.Items.ToArray(), where);
            case SetValue set when set.OrderKnown:
                return Guarded(set.Items.ToArray(), where);
            case DictionaryValue dictionary when dictionary.OrderKnown:
                return Guarded(dictionary.ToArray(), where);
            case System.Array array:
                return array.Cast<object?>().ToArray();
            case string text:
                return text.Cast<object?>().ToArray();
            default:
                return null;
        }
    }

    // Every item of a query costs a step, so Enumerable.Range(0, 1_000_000_000) stops at the budget.
    private IEnumerable<object?> Guarded(IEnumerable<object?> items, IOperation? where)
    {
        foreach (var item in items)
        {
            _context.Step();
            yield return item;
        }
    }
}
