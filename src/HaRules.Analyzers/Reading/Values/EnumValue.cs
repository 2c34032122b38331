using System;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace HaRules.Analyzers.Reading.Values;

/// <summary>A value of an enum declared in the design's own code (the language's enums are real run-time values).</summary>
internal sealed class EnumValue : IEquatable<EnumValue>
{
    public EnumValue(ITypeSymbol type, long value)
    {
        Type = type;
        Value = value;
    }

    public ITypeSymbol Type { get; }

    public long Value { get; }

    /// <summary>The member's name, as <c>ToString()</c> gives it, or null for a combination or an undeclared value.</summary>
    public string? Name => Type.GetMembers().OfType<IFieldSymbol>()
        .FirstOrDefault(f => f.HasConstantValue && Convert.ToInt64(f.ConstantValue, System.Globalization.CultureInfo.InvariantCulture) == Value)?.Name;

    public bool Equals(EnumValue? other) => other is not null && Value == other.Value && SymbolEqualityComparer.Default.Equals(Type, other.Type);

    public override bool Equals(object? obj) => Equals(obj as EnumValue);

    public override int GetHashCode() => Value.GetHashCode();
}
