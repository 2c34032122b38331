using System;
using System.Text;

namespace HaRules.Reporting.Document;

/// <summary>
/// The one loop that makes text from a design inert in a report format: each character the format
/// names is replaced, any other control character becomes a space, and a surrogate pair is copied
/// whole (the format only ever sees a lone surrogate). The formats differ only in what they name.
/// </summary>
internal static class TextEscaping
{
    /// <summary>The text with every character <paramref name="replace"/> names (non-null) replaced.</summary>
    public static string Escape(string? text, Func<char, string?> replace)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var escaped = new StringBuilder(text!.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                escaped.Append(c).Append(text[++i]);
            }
            else if (replace(c) is { } replacement)
            {
                escaped.Append(replacement);
            }
            else
            {
                escaped.Append(char.IsControl(c) ? ' ' : c);
            }
        }

        return escaped.ToString();
    }
}
