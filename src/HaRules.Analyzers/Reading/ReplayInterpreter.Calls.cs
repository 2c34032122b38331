using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using HaRules.Analyzers.Reading.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace HaRules.Analyzers.Reading;

/// <summary>
/// Calls: DSL methods are invoked on the real builders (matched by name and parameter types), with
/// the caller file and line C# would pass; <c>TimeSpan.FromX</c> and <c>DataSize.X</c> are
/// evaluated; a few library methods are computed (<see cref="Library"/>); methods of the same
/// compilation are interpreted with their arguments bound, virtual ones resolved against the
/// instance's own type, <c>ref</c> and <c>out</c> arguments written back.
/// </summary>
internal sealed partial class ReplayInterpreter
{
    private object? Invoke(IInvocationOperation invocation, Scope scope)
    {
        var method = invocation.TargetMethod;
        if (method.MethodKind == MethodKind.DelegateInvoke)
        {
            var target = invocation.Instance is null ? Unknown.Value : Evaluate(invocation.Instance, scope);
            var values = ArgumentValues(invocation, scope);
            return target is Closure closure && values is not null ? Call(closure, values, invocation) : Unknown.Value;
        }

        if (method.IsStatic && RuntimeTypes.Of(method.ContainingType) == typeof(TimeSpan))
        {
            var values = Arguments(invocation.Arguments, method, scope, callName: null);
            return values is null ? Unknown.Value : TimeSpanValues.From(method.Name, values, method.Parameters.Select(p => p.Type).ToArray());
        }

        if (RuntimeTypes.IsHaRulesType(method.ContainingType))
        {
            return InvokeDsl(invocation, scope);
        }

        if (method.IsAsync)
        {
            _context.Gap(invocation, $"'{method.Name}' is async: the reader cannot order what runs after an await");
            return Unknown.Value;
        }

        if (method.OriginalDefinition.DeclaringSyntaxReferences.Length > 0)
        {
            object? receiver = null;
            if (!method.IsStatic && method.MethodKind != MethodKind.LocalFunction)
            {
                receiver = invocation.Instance is null ? Unknown.Value : Evaluate(invocation.Instance, scope);
                var resolved = invocation.IsVirtual ? Dispatch(method, receiver) : method;
                if (resolved is null)
                {
                    _context.Gap(invocation, $"the call to '{method.Name}' depends on an instance the reader does not know");
                    return Unknown.Value;
                }

                method = resolved;
            }

            return InvokeSource(invocation, method, receiver, scope);
        }

        if (Library.Handles(method))
        {
            if (method.Name == "TryGetValue" && invocation.Instance is not null && Evaluate(invocation.Instance, scope) is DictionaryValue lookup)
            {
                return TryGetValue(invocation, lookup, scope);
            }

            var receiver = method.IsStatic ? null : invocation.Instance is null ? Unknown.Value : Evaluate(invocation.Instance, scope);
            var values = ArgumentValues(invocation, scope);
            if (values is null || Unknown.Is(receiver))
            {
                return Unknown.Value;
            }

            return CallLibrary(invocation, method, receiver, values, scope);
        }

        _context.Gap(invocation, $"'{method.ContainingType?.Name}.{method.Name}' is not part of the design language nor of this compilation");
        return Unknown.Value;
    }

    /// <summary>The method a virtual call runs on this receiver: the override of its own (most derived) type.</summary>
    private static IMethodSymbol? Dispatch(IMethodSymbol method, object? receiver)
    {
        if (receiver is not ObjectValue instance)
        {
            return null;
        }

        if (method.ContainingType.TypeKind == TypeKind.Interface)
        {
            return instance.Type.FindImplementationForInterfaceMember(method.OriginalDefinition) as IMethodSymbol;
        }

        return MostDerived(method, instance.Type);
    }

    /// <summary>The override of <paramref name="method"/> that <paramref name="type"/> runs (itself when none overrides it).</summary>
    public static IMethodSymbol MostDerived(IMethodSymbol method, INamedTypeSymbol type) =>
        MostDerived(method, type, m => m.OverriddenMethod);

    // The override search for methods and properties alike: from the instance's type up through its
    // bases, the first member of the same name whose chain of overridden members reaches the one called.
    private static T MostDerived<T>(T member, INamedTypeSymbol type, Func<T, T?> overridden)
        where T : class, ISymbol
    {
        for (var t = type; t is not null; t = t.BaseType)
        {
            foreach (var candidate in t.GetMembers(member.Name).OfType<T>())
            {
                for (var c = candidate; c is not null; c = overridden(c))
                {
                    if (SymbolEqualityComparer.Default.Equals(c.OriginalDefinition, member.OriginalDefinition))
                    {
                        return candidate;
                    }
                }
            }
        }

        return member;
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

        _context.SideEffects++;
        return Guard(invocation, () => info.Invoke(receiver, arguments));
    }

    private object? InvokeSource(IInvocationOperation invocation, IMethodSymbol method, object? receiver, Scope scope)
    {
        var inner = new Scope(method.MethodKind == MethodKind.LocalFunction ? scope : null, method.MethodKind == MethodKind.LocalFunction ? scope.This : receiver);
        var written = ImmutableArray.CreateBuilder<(IArgumentOperation Argument, IParameterSymbol Parameter)>();
        foreach (var argument in invocation.Arguments)
        {
            var parameter = argument.Parameter!;
            var value = parameter.RefKind == RefKind.Out ? Unknown.Value : ObjectValue.Stored(Evaluate(argument.Value, scope));
            inner.Declare(ParameterOf(method, parameter), ValueConversion.To(value, parameter.Type));
            if (parameter.RefKind is RefKind.Ref or RefKind.Out)
            {
                written.Add((argument, ParameterOf(method, parameter)));
            }
        }

        var result = RunMethod(method, inner, invocation);

        // ref and out parameters: what the method left in them goes back to the caller's variables.
        foreach (var (argument, parameter) in written)
        {
            Assign(argument.Value, inner.Get(parameter), scope);
        }

        return result;
    }

    // The parameter symbol the body refers to: the one of the resolved override, by position.
    private static IParameterSymbol ParameterOf(IMethodSymbol method, IParameterSymbol parameter) =>
        parameter.Ordinal < method.Parameters.Length ? method.Parameters[parameter.Ordinal].OriginalDefinition : parameter.OriginalDefinition;

    /// <summary>Runs a method of the compilation with its parameters already bound in <paramref name="inner"/>.</summary>
    private object? RunMethod(IMethodSymbol method, Scope inner, IOperation? site)
    {
        if (method.IsAsync)
        {
            _context.Gap(site, $"'{method.Name}' is async: the reader cannot order what runs after an await");
            return Unknown.Value;
        }

        var body = BodyOf(method, site);
        if (body is null)
        {
            return Unknown.Value;
        }

        if (body.DescendantsAndSelf().Any(o => o is IReturnOperation { Kind: OperationKind.YieldReturn or OperationKind.YieldBreak }))
        {
            if (!IsClosedIterator(method, body))
            {
                _context.Gap(site, $"'{method.Name}' is an iterator (yield return) that declares, calls or reads something its caller can change, which the reader does not follow");
                return Unknown.Value;
            }

            return new LazySequence(() => Iterate(body, inner, site), hasSideEffects: false);
        }

        var result = Nested(site, () => RunBody(body, inner));
        return ValueConversion.To(result, method.ReturnType);
    }

    // An iterator's body runs when its sequence is enumerated, each time. It is run whole, then its
    // items are handed out, which only a closed iterator (IsClosedIterator) cannot tell from running
    // between the consumer's steps; a throw in it comes after the items yielded before it, as at run time.
    private IEnumerable<object?> Iterate(IOperation body, Scope parameters, IOperation? site)
    {
        var frame = new Frame { Yielded = new List<object?>() };
        DesignThrowsException? thrown = null;
        var gaps = _context.GapsRecorded;
        try
        {
            Nested(site, () => Execute(body, new Scope(parameters), frame));
        }
        catch (DesignThrowsException ex)
        {
            thrown = ex;
        }

        // Part of the body not followed (a loop past its bound, a value not known): the items
        // yielded are not known to be all of them, so nothing that counts or reads them can be trusted.
        if (_context.GapsRecorded != gaps)
        {
            throw new ReadingStoppedException("an iterator the reader could not run to its end", site?.Syntax.GetLocation());
        }

        foreach (var item in frame.Yielded)
        {
            yield return item;
        }

        if (thrown is not null)
        {
            throw thrown;
        }
    }

    /// <summary>
    /// True for an iterator that nothing outside it can see run or change while it runs: a static or
    /// instance method (not a local function) with parameters of numbers, text, booleans or enums,
    /// that declares nothing, calls only library methods the reader computes, reads no field or
    /// property of the design's code but constants, and assigns only its own locals.
    /// </summary>
    private static bool IsClosedIterator(IMethodSymbol method, IOperation body)
    {
        if (method.MethodKind == MethodKind.LocalFunction
            || method.Parameters.Any(p => p.RefKind != RefKind.None
                || !(p.Type.SpecialType is >= SpecialType.System_Boolean and <= SpecialType.System_String || p.Type.TypeKind == TypeKind.Enum)))
        {
            return false;
        }

        foreach (var operation in body.DescendantsAndSelf())
        {
            switch (operation)
            {
                case IInvocationOperation invocation when !Library.Handles(invocation.TargetMethod)
                    || Library.Collections.Contains(Library.Owner(invocation.TargetMethod)):
                case IInstanceReferenceOperation:
                case IFieldReferenceOperation { Field.IsConst: false }:
                case IPropertyReferenceOperation property when InSource(property.Property.ContainingType):
                case IObjectCreationOperation creation when InSource(creation.Type):
                case IMethodReferenceOperation:
                case IAssignmentOperation { Target: not ILocalReferenceOperation }:
                case IIncrementOrDecrementOperation { Target: not ILocalReferenceOperation }:
                    return false;
            }
        }

        return true;
    }

    private IOperation? BodyOf(IMethodSymbol method, IOperation? site)
    {
        var reference = method.OriginalDefinition.DeclaringSyntaxReferences
            .FirstOrDefault(r => r.GetSyntax(_context.CancellationToken) is not MethodDeclarationSyntax { Body: null, ExpressionBody: null });
        var syntax = reference?.GetSyntax(_context.CancellationToken);
        var operation = syntax is null ? null : _context.OperationOf(syntax, site);
        var body = operation switch
        {
            IMethodBodyOperation m => (IOperation?)m.BlockBody ?? m.ExpressionBody,
            ILocalFunctionOperation f => f.Body,
            IBlockOperation block => block,
            _ => null,
        };
        if (body is null && operation is not null)
        {
            _context.Gap(site, $"the body of '{method.Name}' cannot be read");
        }

        return body;
    }

    /// <summary>Calls a lambda or method group the design's code made.</summary>
    private object? Call(Closure closure, object?[] arguments, IOperation? site)
    {
        if (closure.Lambda is { } lambda)
        {
            if (lambda.Symbol.IsAsync)
            {
                _context.Gap(site, "an async lambda: the reader cannot order what runs after an await");
                return Unknown.Value;
            }

            var inner = new Scope(closure.Scope);
            for (var i = 0; i < lambda.Symbol.Parameters.Length && i < arguments.Length; i++)
            {
                inner.Declare(lambda.Symbol.Parameters[i], ObjectValue.Stored(arguments[i]));
            }

            return Nested(site, () => RunBody(lambda.Body, inner));
        }

        var method = closure.Method!;
        if (method.OriginalDefinition.DeclaringSyntaxReferences.Length == 0)
        {
            _context.Gap(site, $"the method group '{method.Name}' is not part of this compilation");
            return Unknown.Value;
        }

        if (!method.IsStatic && method.IsVirtual | method.IsAbstract | method.IsOverride)
        {
            method = Dispatch(method, closure.Receiver) ?? method;
        }

        var scope = new Scope(null, closure.Receiver);
        for (var i = 0; i < method.Parameters.Length && i < arguments.Length; i++)
        {
            scope.Declare(method.Parameters[i], ObjectValue.Stored(arguments[i]));
        }

        return RunMethod(method, scope, site);
    }

    /// <summary>The values of an invocation's arguments in parameter order, or null when one is not known.</summary>
    private object?[]? ArgumentValues(IInvocationOperation invocation, Scope scope)
    {
        var values = new object?[invocation.TargetMethod.Parameters.Length];
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter is not { } parameter || parameter.Ordinal >= values.Length || parameter.RefKind == RefKind.Out)
            {
                return null;
            }

            var value = Evaluate(argument.Value, scope);
            if (Unknown.Is(value))
            {
                return null;
            }

            values[parameter.Ordinal] = value;
        }

        return values;
    }

    /// <summary>The arguments of a DSL call in parameter order as the language takes them, or null when one is not known. Caller-info defaults get the call's file and line.</summary>
    private object?[]? Arguments(ImmutableArray<IArgumentOperation> arguments, IMethodSymbol method, Scope scope, SyntaxNode? callName)
    {
        var values = new object?[method.Parameters.Length];
        var complete = true;
        foreach (var argument in arguments)
        {
            var parameter = argument.Parameter;
            if (parameter is null || parameter.Ordinal >= values.Length || parameter.RefKind != RefKind.None)
            {
                return null;
            }

            var value = argument.ArgumentKind == ArgumentKind.DefaultValue && callName is not null && CallerInfo(parameter, callName) is { } info
                ? info
                : ForLanguage(ValueConversion.To(Evaluate(argument.Value, scope), parameter.Type), parameter.Type);
            complete &= !Unknown.Is(value);
            values[parameter.Ordinal] = value;
        }

        return complete ? values : null;
    }

    /// <summary>A value as the design language takes it: arrays and lists of builders as typed arrays, lambdas as real delegates.</summary>
    private object? ForLanguage(object? value, ITypeSymbol type)
    {
        switch (value)
        {
            case Closure closure when RuntimeTypes.Of(type) is { } delegateType:
                return (object?)LambdaThunks.Create(delegateType, arguments => Known(Call(closure, arguments, closure.Lambda), closure)) ?? Unknown.Value;
            case SequenceValue or LazySequence when ElementType(type) is { } elementType && RuntimeTypes.Of(elementType) is { } runtime:
                var items = ((System.Collections.Generic.IEnumerable<object?>)value).Select(i => ValueConversion.To(i, elementType)).ToArray();
                if (items.Any(i => Unknown.Is(i) || (i is not null && !runtime.IsInstanceOfType(i))))
                {
                    return Unknown.Value;
                }

                var array = Array.CreateInstance(runtime, items.Length);
                Array.Copy(items, array, items.Length);
                return array;
            case Closure or SequenceValue or LazySequence or DictionaryValue or ObjectValue or TupleValue or PairValue or SetValue or GroupingValue:
                return Unknown.Value;
            default:
                return value;
        }
    }

    // The language would get a default value for what the reader does not know, and could report a
    // validity finding about it: the reading stops instead.
    private static object? Known(object? value, Closure closure) => Unknown.Is(value)
        ? throw new ReadingStoppedException("a lambda given to the design language computes something the reader does not know", closure.Lambda?.Syntax.GetLocation())
        : value;

    private static ITypeSymbol? ElementType(ITypeSymbol type) => type switch
    {
        IArrayTypeSymbol array => array.ElementType,
        INamedTypeSymbol { IsGenericType: true } named when named.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T
            || named.OriginalDefinition.ToDisplayString() is "System.Collections.Generic.IReadOnlyList<T>" or "System.Collections.Generic.IReadOnlyCollection<T>" => named.TypeArguments[0],
        _ => null,
    };

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

    private object? Nested(IOperation? operation, Func<object?> run)
    {
        if (_context.Depth >= ReplayContext.MaxDepth)
        {
            _context.Gap(operation, $"calls nest more than {ReplayContext.MaxDepth} deep (recursion?)");
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

    // A DSL call that throws: at run time the design would stop there (HA006); the reader does not
    // guess what the language does then, and leaves the design partially known.
    private object? Guard(IOperation operation, Func<object?> call)
    {
        try
        {
            return call();
        }
        catch (TargetInvocationException ex) when (ex.InnerException is ReadingStoppedException or DesignThrowsException or OperationCanceledException)
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
