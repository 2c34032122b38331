using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace HaRules.Analyzers.Reading;

/// <summary>
/// The values of locals and parameters in one method or lambda body, with its enclosing scope, and
/// the instance <c>this</c> stands for (inherited by lambdas and local functions).
/// </summary>
internal sealed class Scope
{
    private readonly Dictionary<ISymbol, object?> _values = new(SymbolEqualityComparer.Default);
    private readonly Scope? _parent;
    private readonly object? _this;
    private readonly bool _hasThis;

    public Scope(Scope? parent = null) => _parent = parent;

    public Scope(Scope? parent, object? self)
    {
        _parent = parent;
        _this = self;
        _hasThis = true;
    }

    /// <summary>The instance of the running member (an interpreted object), or unknown.</summary>
    public object? This => _hasThis ? _this : _parent is null ? Unknown.Value : _parent.This;

    public void Declare(ISymbol symbol, object? value) => _values[symbol.OriginalDefinition] = value;

    /// <summary>The symbol's value, or <see cref="Unknown.Value"/> when it was never given one here.</summary>
    public object? Get(ISymbol symbol) => Holder(symbol.OriginalDefinition, out var value) is null ? Unknown.Value : value;

    /// <summary>True when the symbol is a variable of this scope chain.</summary>
    public bool Has(ISymbol symbol) => Holder(symbol.OriginalDefinition, out _) is not null;

    public void Set(ISymbol symbol, object? value)
    {
        var key = symbol.OriginalDefinition;
        (Holder(key, out _) ?? this)._values[key] = value;
    }

    // The nearest scope of the chain that holds the variable, with its value, or null: the one walk
    // that reading, testing and assigning a variable share (a new variable is set here).
    private Scope? Holder(ISymbol key, out object? value)
    {
        for (var scope = this; scope is not null; scope = scope._parent)
        {
            if (scope._values.TryGetValue(key, out value))
            {
                return scope;
            }
        }

        value = null;
        return null;
    }
}
