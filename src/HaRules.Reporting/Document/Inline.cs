namespace HaRules.Reporting.Document;

/// <summary>How a run of text is shown: plain, strong, or marked as good or bad news.</summary>
internal enum Emphasis
{
    None,
    Strong,
    Good,
    Bad,
}

/// <summary>
/// A run of text in a report: the design's words (escaped by each renderer), optionally a link to a
/// URL chosen by HaRules (never by the design).
/// </summary>
internal sealed record Inline(string Text, Emphasis Emphasis = Emphasis.None, string? Url = null)
{
    public static Inline Plain(string text) => new(text);

    public static Inline Strong(string text) => new(text, Emphasis.Strong);

    public static Inline Link(string text, string url) => new(text, Emphasis.None, url);
}
