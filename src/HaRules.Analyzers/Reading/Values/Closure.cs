using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace HaRules.Analyzers.Reading.Values;

/// <summary>
/// A lambda or method group of the design's code with the variables it captures. The reader calls
/// it directly (LINQ, delegates the design invokes) or wraps it in a real delegate for the design language.
/// </summary>
internal sealed class Closure
{
    public Closure(IAnonymousFunctionOperation lambda, Scope scope, ITypeSymbol? delegateType)
    {
        Lambda = lambda;
        Scope = scope;
        DelegateType = delegateType;
    }

    public Closure(IMethodSymbol method, object? receiver, ITypeSymbol? delegateType)
    {
        Method = method;
        Receiver = receiver;
        DelegateType = delegateType;
        Scope = new Scope();
    }

    public IAnonymousFunctionOperation? Lambda { get; }

    public IMethodSymbol? Method { get; }

    public object? Receiver { get; }

    public Scope Scope { get; }

    public ITypeSymbol? DelegateType { get; }
}
