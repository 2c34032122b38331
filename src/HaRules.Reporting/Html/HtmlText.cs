using System.Text;

namespace HaRules.Reporting.Html;

/// <summary>
/// Makes text from a design inert in HTML and in inline SVG (which must stay well-formed XML): the
/// markup characters <c>&amp; &lt; &gt; " '</c> and tabs and line breaks become references, other
/// control characters spaces and lone surrogates U+FFFD. The result is safe in element content and in quoted
/// attribute values.
/// </summary>
public static class HtmlText
{
    /// <summary>The text escaped for element content or a quoted attribute value.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var escaped = new StringBuilder(text!.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&':
                    escaped.Append("&amp;");
                    break;
                case '<':
                    escaped.Append("&lt;");
                    break;
                case '>':
                    escaped.Append("&gt;");
                    break;
                case '"':
                    escaped.Append("&quot;");
                    break;
                case '\'':
                    escaped.Append("&#39;");
                    break;
                case '\t' or '\n' or '\r':
                    // As references they survive attribute-value normalisation, so an attribute keeps the exact name.
                    escaped.Append("&#").Append(((int)c).ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(';');
                    break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        escaped.Append(c).Append(text[++i]);
                    }
                    else if (char.IsSurrogate(c) || c == '\uFFFE' || c == '\uFFFF')
                    {
                        escaped.Append('\uFFFD');
                    }
                    else
                    {
                        escaped.Append(char.IsControl(c) ? ' ' : c);
                    }

                    break;
            }
        }

        return escaped.ToString();
    }
}
