using System.Text.Json;
using HaRules.Findings;
using HaRules.Rules;

namespace HaRules.Reporting.Json;

/// <summary>
/// The <c>findings</c> of a design in the JSON report, one object per finding. Property names,
/// each rule's ID and help link, severities and each file's printed path are encoded once per
/// report, not once per finding.
/// </summary>
internal sealed class JsonFindings
{
    private static readonly JsonEncodedText Id = JsonText.Encode("id");
    private static readonly JsonEncodedText HelpUri = JsonText.Encode("helpUri");
    private static readonly JsonEncodedText SeverityName = JsonText.Encode("severity");
    private static readonly JsonEncodedText Message = JsonText.Encode("message");
    private static readonly JsonEncodedText Components = JsonText.Encode("components");
    private static readonly JsonEncodedText Group = JsonText.Encode("group");
    private static readonly JsonEncodedText Location = JsonText.Encode("location");
    private static readonly JsonEncodedText File = JsonText.Encode("file");
    private static readonly JsonEncodedText Line = JsonText.Encode("line");
    private static readonly JsonEncodedText Column = JsonText.Encode("column");
    private static readonly JsonEncodedText Accepted = JsonText.Encode("accepted");
    private static readonly JsonEncodedText Justification = JsonText.Encode("justification");
    private static readonly JsonEncodedText Error = JsonText.Encode(SeverityNames.Of(Severity.Error));
    private static readonly JsonEncodedText Warning = JsonText.Encode(SeverityNames.Of(Severity.Warning));
    private static readonly JsonEncodedText Info = JsonText.Encode(SeverityNames.Of(Severity.Info));

    private readonly EncodedMemo<(JsonEncodedText Id, JsonEncodedText? HelpUri)> _rules;
    private readonly EncodedMemo<JsonEncodedText> _files;

    public JsonFindings(ReportPaths paths)
    {
        // The rule's page under the configured help-link base, so a reader of the JSON needs no base of its own.
        _rules = new(id => (JsonText.Encode(id), RuleCatalog.Find(id) is null ? null : JsonText.Encode(paths.HelpLink(id))));
        _files = new(file => JsonText.Encode(paths.Format(file)));
    }

    public void Write(Utf8JsonWriter writer, Finding finding)
    {
        writer.WriteStartObject();
        var (id, helpUri) = _rules[finding.RuleId];
        writer.WriteString(Id, id);
        if (helpUri is { } link)
        {
            writer.WriteString(HelpUri, link);
        }

        writer.WriteString(SeverityName, finding.Severity switch
        {
            Severity.Error => Error,
            Severity.Warning => Warning,
            _ => Info,
        });
        writer.WriteString(Message, finding.Message);
        JsonText.WriteStrings(writer, Components, finding.Components);
        if (finding.Group is not null)
        {
            // Added: the redundancy group a finding on several of its members is about.
            writer.WriteString(Group, finding.Group);
        }

        writer.WriteStartObject(Location);
        writer.WriteString(File, _files[finding.Location.File]);
        writer.WriteNumber(Line, finding.Location.Line);
        writer.WriteNumber(Column, finding.Location.Column);
        writer.WriteEndObject();
        writer.WriteBoolean(Accepted, finding.Accepted);
        if (finding.Justification is null)
        {
            writer.WriteNull(Justification);
        }
        else
        {
            writer.WriteString(Justification, finding.Justification);
        }

        writer.WriteEndObject();
    }
}
