using System.Globalization;
using System.Text;

namespace HaRules.Reporting.Markdown;

/// <summary>
/// Makes a design's names safe inside a quoted Mermaid label: every character but letters, digits,
/// space and <c>-._/,:</c> is written as a Mermaid entity code (<c>#35;</c>), so quotes, brackets,
/// arrows, backticks, HTML and comment markers cannot end the label or the diagram.
/// </summary>
public static class MermaidText
{
    /// <summary>The label text, ready to stand between double quotes.</summary>
    public static string Label(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var label = new StringBuilder(text!.Length + 8);
        foreach (var rune in text.EnumerateRunes())
        {
            var c = rune.Value;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c is ' ' or '-' or '.' or '_' or '/' or ',' or ':')
            {
                label.Append((char)c);
            }
            else
            {
                label.Append('#').Append(c.ToString(CultureInfo.InvariantCulture)).Append(';');
            }
        }

        return label.ToString();
    }
}
