using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace HaRules.Analyzers.Reading;

/// <summary>
/// Calls: DSL methods are invoked on the real builders (matched by name and parameter types), with
/// the caller file and line C# would pass; <c>TimeSpan.FromX</c> and <c>DataSize.X</c> are
/// evaluated; methods of the same compilation are interpreted with their arguments bound.
/// </summary>
internal sealed partial class ReplayInterpreter
{
    private object? Invoke(IInvocationOperation invocation, Scope scope)
    {
        var method = invocation.TargetMethod;
        if (method.IsStatic && RuntimeTypes.Of(method.ContainingType) == typeof(TimeSpan))
        {
            var values = Arguments(invocation.Arguments, method, scope, callName: null);
            return values is null ? Unknown.Value : TimeSpanValues.From(method.Name, values, method.Parameters.Select(p => p.Type).ToArray());
        }

        if (RuntimeTypes.IsHaRulesType(method.ContainingType))
        {
            return InvokeDsl(invocation, scope);
        }

        if (method.DeclaringSyntaxReferences.Length > 0 && !method.IsAbstract && !method.IsExtern)
        {
            return InvokeSource(invocation, scope);
        }

        _context.Gap(invocation, $"'{method.Name}' is not part of the design language nor of this compilation");
        return Unknown.Value;
    }

    private object? InvokeDsl(IInvocationOperation invocation, Scope scope)
    {
        var method = invocation.TargetMethod;
        object? receiver = null;
        if (!method.IsStatic)
        {
            receiver = invocation.Instance is null ? Unknown.Value : Evaluate(invocation.Instance, scope);
            if (!RuntimeTypes.IsHaRulesObject(receiver))
            {
                return Unknown.Value;
            }
        }

        var arguments = Arguments(invocation.Arguments, method, scope, NameOf(invocation.Syntax));
        var info = arguments is null ? null : FindMethod(method, receiver);
        if (arguments is null || info is null)
        {
            _context.Gap(invocation, $"the call to '{method.Name}' cannot be replayed");

            // Builder calls return their builder: the rest of a fluent chain still applies to it.
            return receiver is not null && invocation.Instance is not null
                && SymbolEqualityComparer.Default.Equals(method.ReturnType, invocation.Instance.Type) ? receiver : Unknown.Value;
        }

        return Guard(invocation, () => info.Invoke(receiver, arguments));
    }

    private object? InvokeSource(IInvocationOperation invocation, Scope scope)
    {
        var method = invocation.TargetMethod;
        var syntax = method.DeclaringSyntaxReferences[0].GetSyntax(_context.CancellationToken);
        var body = _context.ModelFor(syntax.SyntaxTree)?.GetOperation(syntax, _context.CancellationToken) switch
        {
            IMethodBodyOperation m => (IOperation?)m.BlockBody ?? m.ExpressionBody,
            ILocalFunctionOperation f => f.Body,
            _ => null,
        };
        if (body is null)
        {
            _context.Gap(invocation, $"the body of '{method.Name}' cannot be read");
            return Unknown.Value;
        }

        // Local functions see the locals around them; methods see only their parameters.
        var inner = new Scope(method.MethodKind == MethodKind.LocalFunction ? scope : null);
        foreach (var argument in invocation.Arguments)
        {
            var value = Evaluate(argument.Value, scope);
            inner.Declare(argument.Parameter!, ValueConversion.To(value, argument.Parameter!.Type));
        }

        var result = Nested(invocation, () => RunBody(body, inner));
        return ValueConversion.To(result, method.ReturnType);
    }

    /// <summary>The arguments in parameter order, or null when one is not known. Caller-info defaults get the call's file and line.</summary>
    private object?[]? Arguments(ImmutableArray<IArgumentOperation> arguments, IMethodSymbol method, Scope scope, SyntaxNode? callName)
    {
        var values = new object?[method.Parameters.Length];
        var complete = true;
        foreach (var argument in arguments)
        {
            var parameter = argument.Parameter;
            if (parameter is null || parameter.Ordinal >= values.Length)
            {
                return null;
            }

            var value = argument.ArgumentKind == ArgumentKind.DefaultValue && callName is not null && CallerInfo(parameter, callName) is { } info
                ? info
                : ValueConversion.To(Evaluate(argument.Value, scope), parameter.Type);
            complete &= !Unknown.Is(value);
            values[parameter.Ordinal] = value;
        }

        return complete ? values : null;
    }

    // What C# passes: the tree's path, and the line of the called method's name (checked empirically
    // for fluent chains spread over several lines: each call reports the line its name stands on).
    private static object? CallerInfo(IParameterSymbol parameter, SyntaxNode callName)
    {
        foreach (var attribute in parameter.GetAttributes())
        {
            switch (attribute.AttributeClass?.ToDisplayString())
            {
                case "System.Runtime.CompilerServices.CallerFilePathAttribute":
                    return callName.SyntaxTree.FilePath;
                case "System.Runtime.CompilerServices.CallerLineNumberAttribute":
                    return callName.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
            }
        }

        return null;
    }

    private static SyntaxNode? NameOf(SyntaxNode invocation) => invocation is InvocationExpressionSyntax call
        ? call.Expression switch
        {
            MemberAccessExpressionSyntax member => member.Name,
            MemberBindingExpressionSyntax binding => binding.Name,
            var name => name,
        }
        : invocation;

    private static MethodInfo? FindMethod(IMethodSymbol method, object? receiver)
    {
        var owner = receiver?.GetType() ?? RuntimeTypes.Of(method.ContainingType);
        var parameterTypes = method.Parameters.Select(p => RuntimeTypes.Of(p.Type)).ToArray();
        if (owner is null || method.IsGenericMethod || parameterTypes.Any(t => t is null))
        {
            return null;
        }

        var flags = BindingFlags.Public | (method.IsStatic ? BindingFlags.Static : BindingFlags.Instance);
        return owner.GetMethod(method.Name, flags, binder: null, parameterTypes!, modifiers: null);
    }

    private object? Nested(IOperation operation, Func<object?> run)
    {
        if (_context.Depth >= ReplayContext.MaxDepth)
        {
            _context.Gap(operation, "calls nest too deeply to follow");
            return Unknown.Value;
        }

        _context.Depth++;
        try
        {
            return run();
        }
        finally
        {
            _context.Depth--;
        }
    }

    // The design's own call threw: at run time it would not evaluate (HA006), so nothing more is known.
    private object? Guard(IOperation operation, Func<object?> call)
    {
        try
        {
            return call();
        }
        catch (TargetInvocationException ex) when (ex.InnerException is ReplayContext.BudgetExceededException or OperationCanceledException)
        {
            throw ex.InnerException!;
        }
        catch (TargetInvocationException ex)
        {
            _context.Gap(operation, $"the call throws {ex.InnerException?.GetType().Name}: {ex.InnerException?.Message}");
            return Unknown.Value;
        }
    }
}
