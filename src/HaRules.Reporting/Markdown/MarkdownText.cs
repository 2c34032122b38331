using HaRules.Reporting.Document;

namespace HaRules.Reporting.Markdown;

/// <summary>
/// Makes text from a design (names, messages, reasons) inert in Markdown: it renders as the same
/// characters and can open no emphasis, link, image, code span, table cell, HTML tag, mention or
/// math block, and cannot end the line it stands on.
/// </summary>
public static class MarkdownText
{
    /// <summary>The text escaped for use inline, in a paragraph, list item, heading or table cell.</summary>
    public static string Escape(string? text) => TextEscaping.Escape(text, Replacement);

    private static string? Replacement(char c) => c switch
    {
        '<' => "&lt;",
        '>' => "&gt;",
        '&' => "&amp;",
        '\r' or '\n' or '\t' => " ",
        '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '~' or '@' or '$' or '#' or '!' or '{' or '}' => "\\" + c,
        _ => null,
    };
}
