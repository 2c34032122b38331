using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace HaRules.Analyzers.Reading.Values;

/// <summary>
/// An instance of a class, struct or record of the design's own code: its fields, auto-properties
/// and captured primary-constructor parameters, by symbol. Structs are copied when stored, as C# copies them.
/// </summary>
internal sealed class ObjectValue
{
    private readonly Dictionary<ISymbol, object?> _members;

    public ObjectValue(INamedTypeSymbol type)
        : this(type, new Dictionary<ISymbol, object?>(SymbolEqualityComparer.Default))
    {
    }

    private ObjectValue(INamedTypeSymbol type, Dictionary<ISymbol, object?> members)
    {
        Type = type;
        _members = members;
    }

    /// <summary>The run-time (most derived) type of the instance.</summary>
    public INamedTypeSymbol Type { get; }

    public bool IsValueType => Type.IsValueType;

    public object? Get(ISymbol member) => _members.TryGetValue(member.OriginalDefinition, out var value) ? value : Unknown.Value;

    public bool Has(ISymbol member) => _members.ContainsKey(member.OriginalDefinition);

    public void Set(ISymbol member, object? value) => _members[member.OriginalDefinition] = value;

    /// <summary>A shallow copy (what assigning a struct or a record's <c>with</c> makes).</summary>
    public ObjectValue Copy() => new(Type, new Dictionary<ISymbol, object?>(_members, SymbolEqualityComparer.Default));

    /// <summary>The value a variable holds after this is stored in it: a copy for structs, the same instance otherwise.</summary>
    public static object? Stored(object? value) => value is ObjectValue { IsValueType: true } s ? s.Copy() : value;

    public IEnumerable<KeyValuePair<ISymbol, object?>> Members => _members.OrderBy(m => m.Key.Name, System.StringComparer.Ordinal);
}
