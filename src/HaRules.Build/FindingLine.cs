using System.Globalization;
using System.Text.RegularExpressions;

namespace HaRules.Build;

/// <summary>
/// One finding as <c>harules check</c> prints it: <c>file(line,col): severity HAxxx: message</c>
/// (MSBuild's canonical form), or <c>origin: severity HAxxx: message</c> without a file.
/// </summary>
internal sealed class FindingLine
{
    private static readonly Regex Pattern = new(
        @"^(?<where>.*?)(?:\((?<line>\d+)(?:,(?<column>\d+))?\))?: (?<severity>error|warning|info) (?<id>HA\d{3}): (?<message>.*)$",
        RegexOptions.CultureInvariant);

    private FindingLine(string file, int line, int column, string severity, string id, string message)
    {
        File = file;
        Line = line;
        Column = column;
        Severity = severity;
        Id = id;
        Message = message;
    }

    /// <summary>The source file, or empty when the finding has none.</summary>
    public string File { get; }

    public int Line { get; }

    public int Column { get; }

    /// <summary><c>error</c>, <c>warning</c> or <c>info</c>.</summary>
    public string Severity { get; }

    public string Id { get; }

    public string Message { get; }

    /// <summary>The finding on this line, or null for any other line (summaries, progress).</summary>
    public static FindingLine? Parse(string text)
    {
        var match = Pattern.Match(text ?? string.Empty);
        if (!match.Success)
        {
            return null;
        }

        var hasLine = match.Groups["line"].Success;
        return new FindingLine(
            hasLine ? match.Groups["where"].Value : string.Empty,
            hasLine ? int.Parse(match.Groups["line"].Value, CultureInfo.InvariantCulture) : 0,
            match.Groups["column"].Success ? int.Parse(match.Groups["column"].Value, CultureInfo.InvariantCulture) : 0,
            match.Groups["severity"].Value,
            match.Groups["id"].Value,
            match.Groups["message"].Value);
    }
}
