using System;
using System.Globalization;
using System.Linq;

namespace HaRules.Analyzers.Reading;

/// <summary>
/// Turns a known value into the text C# would make of it (in <c>$"…{x:00}"</c> or <c>"web-" + i</c>),
/// only where the text does not depend on the culture the design runs in: strings, characters,
/// booleans, enums and integers with digit-only formats (<c>0</c>, <c>00</c>, <c>D3</c>, <c>X2</c>).
/// </summary>
internal static class Formatting
{
    public const int MaxLength = 100_000;

    /// <summary>The text, or null when it depends on the culture or the value is not known.</summary>
    public static string? Format(object? value, string? format)
    {
        switch (value)
        {
            case null:
                return format is null ? string.Empty : null;
            case string text:
                // A string is not IFormattable: a format given to it is ignored, at run time too.
                return text;
            case char c when format is null:
                return c.ToString();
            case bool b when format is null:
                return b ? "True" : "False";
            case Enum e when format is null or "G" or "g":
                return e.ToString();
            case Enum e when format is "D" or "d":
                return Convert.ToInt64(e, CultureInfo.InvariantCulture) is var n && n >= 0 ? n.ToString(CultureInfo.InvariantCulture) : null;
            case Values.EnumValue own when format is null or "G" or "g":
                return own.Name;
            case Values.EnumValue own when format is "D" or "d":
                return own.Value >= 0 ? own.Value.ToString(CultureInfo.InvariantCulture) : null;
            case int or long or short or byte or sbyte or ushort or uint or ulong:
                if (Convert.ToDecimal(value, CultureInfo.InvariantCulture) < 0 && format is not null)
                {
                    return null;
                }

                // A negative number's sign is the culture's; the usual "-" is assumed only without a format.
                return format is null || IsDigitFormat(format)
                    ? ((IFormattable)value).ToString(format, CultureInfo.InvariantCulture)
                    : null;
            default:
                return null;
        }
    }

    /// <summary>
    /// <c>string.Format</c>'s composite format (<c>"{0}-{1:00}"</c>, <c>"{0,4}"</c>, <c>{{</c> and <c>}}</c>)
    /// with known arguments, or null when a hole cannot be formatted or the format is malformed (which throws at run time).
    /// </summary>
    public static string? Composite(string format, object?[] arguments)
    {
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < format.Length; i++)
        {
            var c = format[i];
            if (c == '}')
            {
                if (i + 1 < format.Length && format[i + 1] == '}')
                {
                    text.Append('}');
                    i++;
                    continue;
                }

                return null;
            }

            if (c != '{')
            {
                text.Append(c);
                continue;
            }

            if (i + 1 < format.Length && format[i + 1] == '{')
            {
                text.Append('{');
                i++;
                continue;
            }

            var close = format.IndexOf('}', i);
            if (close < 0)
            {
                return null;
            }

            var hole = format.Substring(i + 1, close - i - 1);
            var colon = hole.IndexOf(':');
            var holeFormat = colon < 0 ? null : hole.Substring(colon + 1);
            var head = colon < 0 ? hole : hole.Substring(0, colon);
            var comma = head.IndexOf(',');
            var alignment = 0;
            if (holeFormat is not null && holeFormat.IndexOfAny(new[] { '{', '}' }) >= 0
                || !int.TryParse(comma < 0 ? head.Trim() : head.Substring(0, comma).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                || index >= arguments.Length
                || (comma >= 0 && !int.TryParse(head.Substring(comma + 1).Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out alignment))
                || Math.Abs((long)alignment) > MaxLength
                || Format(arguments[index], holeFormat) is not { } formatted)
            {
                return null;
            }

            text.Append(alignment < 0 ? formatted.PadRight(-alignment) : formatted.PadLeft(alignment));
            if (text.Length > MaxLength)
            {
                return null;
            }

            i = close;
        }

        return text.ToString();
    }

    private static bool IsDigitFormat(string format) =>
        format.Length > 0
        && (format.All(c => c == '0')
            || ((format[0] is 'D' or 'd' or 'X' or 'x') && format.Skip(1).All(char.IsDigit) && format.Length <= 3));
}
