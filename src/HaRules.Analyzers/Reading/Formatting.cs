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
            case string text when format is null:
                return text;
            case char c when format is null:
                return c.ToString();
            case bool b when format is null:
                return b ? "True" : "False";
            case Enum e when format is null:
                return e.ToString();
            case Values.EnumValue own when format is null:
                return own.Name;
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

    private static bool IsDigitFormat(string format) =>
        format.Length > 0
        && (format.All(c => c == '0')
            || ((format[0] is 'D' or 'd' or 'X' or 'x') && format.Skip(1).All(char.IsDigit) && format.Length <= 3));
}
