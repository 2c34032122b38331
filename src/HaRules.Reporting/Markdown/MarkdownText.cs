using System.Text;

namespace HaRules.Reporting.Markdown;

/// <summary>
/// Makes text from a design (names, messages, reasons) inert in Markdown: it renders as the same
/// characters and can open no emphasis, link, image, code span, table cell, HTML tag, mention or
/// math block, and cannot end the line it stands on.
/// </summary>
public static class MarkdownText
{
    /// <summary>The text escaped for use inline, in a paragraph, list item, heading or table cell.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var escaped = new StringBuilder(text!.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '<':
                    escaped.Append("&lt;");
                    break;
                case '>':
                    escaped.Append("&gt;");
                    break;
                case '&':
                    escaped.Append("&amp;");
                    break;
                case '\r':
                case '\n':
                case '\t':
                    escaped.Append(' ');
                    break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '~' or '@' or '$' or '#' or '!' or '{' or '}':
                    escaped.Append('\\').Append(c);
                    break;
                default:
                    escaped.Append(char.IsControl(c) ? ' ' : c);
                    break;
            }
        }

        return escaped.ToString();
    }
}
