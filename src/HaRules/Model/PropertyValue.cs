using System;
using System.Globalization;

namespace HaRules.Model;

/// <summary>The type of a declared property value.</summary>
public enum PropertyType
{
    /// <summary>A text value (names of enum members are stored as text).</summary>
    Text,

    /// <summary>A whole number (counts, bytes).</summary>
    Integer,

    /// <summary>A real number (ratios, rates, durations in seconds).</summary>
    Number,

    /// <summary>A yes/no value.</summary>
    Boolean,
}

/// <summary>
/// One declared fact about a component or relation: a text, a whole number, a real number or a
/// flag. Durations are stored in seconds and sizes in bytes, so the model has one unit per quantity.
/// </summary>
public sealed class PropertyValue : IEquatable<PropertyValue>
{
    private readonly string? _text;
    private readonly long _integer;
    private readonly double _number;

    private PropertyValue(PropertyType type, string? text, long integer, double number)
    {
        Type = type;
        _text = text;
        _integer = integer;
        _number = number;
    }

    /// <summary>The type of the value.</summary>
    public PropertyType Type { get; }

    /// <summary>A text value.</summary>
    public static PropertyValue FromText(string text) => new(PropertyType.Text, text ?? string.Empty, 0, 0);

    /// <summary>A whole-number value.</summary>
    public static PropertyValue FromInteger(long value) => new(PropertyType.Integer, null, value, 0);

    /// <summary>A real-number value.</summary>
    public static PropertyValue FromNumber(double value) => new(PropertyType.Number, null, 0, value);

    /// <summary>A flag.</summary>
    public static PropertyValue FromBoolean(bool value) => new(PropertyType.Boolean, null, value ? 1 : 0, 0);

    /// <summary>The value as text (any type, formatted invariantly).</summary>
    public string AsText() => Type switch
    {
        PropertyType.Text => _text!,
        PropertyType.Integer => _integer.ToString(CultureInfo.InvariantCulture),
        PropertyType.Number => _number.ToString("R", CultureInfo.InvariantCulture),
        _ => _integer != 0 ? "true" : "false",
    };

    /// <summary>The value as a whole number (a real number is truncated; text parses or gives 0).</summary>
    public long AsInteger() => Type switch
    {
        PropertyType.Integer or PropertyType.Boolean => _integer,
        PropertyType.Number => double.IsNaN(_number) ? 0 : (long)_number,
        _ => long.TryParse(_text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : 0,
    };

    /// <summary>The value as a real number.</summary>
    public double AsNumber() => Type switch
    {
        PropertyType.Number => _number,
        PropertyType.Integer or PropertyType.Boolean => _integer,
        _ => double.TryParse(_text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : double.NaN,
    };

    /// <summary>The value as a flag (non-zero numbers and the text "true" are true).</summary>
    public bool AsBoolean() => Type switch
    {
        PropertyType.Text => string.Equals(_text, "true", StringComparison.OrdinalIgnoreCase),
        PropertyType.Number => _number != 0,
        _ => _integer != 0,
    };

    /// <inheritdoc />
    public bool Equals(PropertyValue? other)
    {
        if (other is null || other.Type != Type)
        {
            return false;
        }

        return Type switch
        {
            PropertyType.Text => string.Equals(_text, other._text, StringComparison.Ordinal),
            PropertyType.Number => _number.Equals(other._number),
            _ => _integer == other._integer,
        };
    }

    /// <summary>
    /// True when <paramref name="other"/> is this value in every respect a rendering can show:
    /// stricter than <see cref="Equals(PropertyValue)"/>, which holds 0 and -0 equal. The design
    /// language shares one object among values identical in this sense.
    /// </summary>
    internal bool IsIdenticalTo(PropertyValue other) =>
        ReferenceEquals(this, other)
        || (other.Type == Type
            && string.Equals(_text, other._text, StringComparison.Ordinal)
            && _integer == other._integer
            && BitConverter.DoubleToInt64Bits(_number) == BitConverter.DoubleToInt64Bits(other._number));

    /// <summary>A hash consistent with <see cref="IsIdenticalTo"/>, computed without formatting the value.</summary>
    internal int IdentityHash() =>
        (((((int)Type * 397) ^ (_text is null ? 0 : StringComparer.Ordinal.GetHashCode(_text))) * 397) ^ _integer.GetHashCode()) * 397
        ^ BitConverter.DoubleToInt64Bits(_number).GetHashCode();

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PropertyValue);

    /// <inheritdoc />
    public override int GetHashCode() => ((int)Type * 397) ^ AsText().GetHashCode();

    /// <inheritdoc />
    public override string ToString() => AsText();
}
