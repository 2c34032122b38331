using HaRules.Reporting.Document;

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
    public static string Escape(string? text) => TextEscaping.Escape(text, Replacement);

    private static string? Replacement(char c) => c switch
    {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        '"' => "&quot;",
        '\'' => "&#39;",

        // As references they survive attribute-value normalisation, so an attribute keeps the exact name.
        '\t' => "&#9;",
        '\n' => "&#10;",
        '\r' => "&#13;",

        // XML cannot hold a lone surrogate or these two non-characters.
        _ when char.IsSurrogate(c) || c == '\uFFFE' || c == '\uFFFF' => "\uFFFD",
        _ => null,
    };
}
