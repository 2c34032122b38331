using System;
using System.Globalization;

namespace HaRules.Bench.Designs;

/// <summary>
/// A shape at a size, as the benchmarks' command lines write it: <c>fleet:100k</c>,
/// <c>standard:1m</c>, <c>wide:10000</c>, or a size alone (the standard shape).
/// </summary>
public readonly record struct DesignCase(DesignShape Shape, int Size)
{
    /// <summary>How the command lines describe the syntax in their help.</summary>
    public const string Syntax = "[standard|wide|fleet:]<size>, the size a number with an optional k or m (fleet:100k, 1m)";

    /// <summary>Reads a case, or says in <paramref name="error"/> why it cannot.</summary>
    public static bool TryParse(string text, out DesignCase result, out string error)
    {
        result = default;
        var t = (text ?? string.Empty).Trim().ToLowerInvariant();
        var colon = t.IndexOf(':');
        var shape = DesignShape.Standard;
        if (colon >= 0 && !Enum.TryParse(t.Substring(0, colon), ignoreCase: true, out shape) || !Enum.IsDefined(shape))
        {
            error = $"'{text}': unknown shape (standard, wide or fleet)";
            return false;
        }

        var size = t.Substring(colon + 1);
        var factor = size.EndsWith('k') ? 1_000 : size.EndsWith('m') ? 1_000_000 : 1;
        var digits = factor == 1 ? size : size.Substring(0, size.Length - 1);
        if (!double.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            || number * factor < 1 || number * factor > int.MaxValue)
        {
            error = $"'{text}': expected {Syntax}";
            return false;
        }

        result = new DesignCase(shape, (int)(number * factor));
        error = string.Empty;
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Shape.ToString().ToLowerInvariant()}:{Size}";
}
