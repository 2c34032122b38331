using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace HaRules.Analyzers.Reading;

/// <summary>The values of locals and parameters in one method or lambda body, with its enclosing scope.</summary>
internal sealed class Scope
{
    private readonly Dictionary<ISymbol, object?> _values = new(SymbolEqualityComparer.Default);
    private readonly Scope? _parent;

    public Scope(Scope? parent = null) => _parent = parent;

    public void Declare(ISymbol symbol, object? value) => _values[symbol] = value;

    /// <summary>The symbol's value, or <see cref="Unknown.Value"/> when it was never given one here.</summary>
    public object? Get(ISymbol symbol)
    {
        for (var scope = this; scope is not null; scope = scope._parent)
        {
            if (scope._values.TryGetValue(symbol, out var value))
            {
                return value;
            }
        }

        return Unknown.Value;
    }

    public void Set(ISymbol symbol, object? value)
    {
        for (var scope = this; scope is not null; scope = scope._parent)
        {
            if (scope._values.ContainsKey(symbol))
            {
                scope._values[symbol] = value;
                return;
            }
        }

        _values[symbol] = value;
    }
}
