using System;
using System.Buffers;
using System.Text.Json;
using HaRules.Findings;
using HaRules.Reporting.Json;

namespace HaRules.Reporting.Sarif;

/// <summary>
/// The <c>results</c> of a SARIF log, one per finding. A log of a million findings repeats a few
/// dozen rules, a handful of files and one design name: their property names, IDs and URIs are
/// encoded once, and a result allocates nothing but its finding's key.
/// </summary>
internal sealed class SarifResults : IDisposable
{
    private static readonly JsonEncodedText RuleId = JsonText.Encode("ruleId");
    private static readonly JsonEncodedText RuleIndex = JsonText.Encode("ruleIndex");
    private static readonly JsonEncodedText Level = JsonText.Encode("level");
    private static readonly JsonEncodedText Message = JsonText.Encode("message");
    private static readonly JsonEncodedText Text = JsonText.Encode("text");
    private static readonly JsonEncodedText Locations = JsonText.Encode("locations");
    private static readonly JsonEncodedText RelatedLocations = JsonText.Encode("relatedLocations");
    private static readonly JsonEncodedText Id = JsonText.Encode("id");
    private static readonly JsonEncodedText PartialFingerprints = JsonText.Encode("partialFingerprints");
    private static readonly JsonEncodedText FindingKey = JsonText.Encode("haRulesFindingKey/v1");
    private static readonly JsonEncodedText Suppressions = JsonText.Encode("suppressions");
    private static readonly JsonEncodedText Kind = JsonText.Encode("kind");
    private static readonly JsonEncodedText InSource = JsonText.Encode("inSource");
    private static readonly JsonEncodedText Status = JsonText.Encode("status");
    private static readonly JsonEncodedText Accepted = JsonText.Encode("accepted");
    private static readonly JsonEncodedText Justification = JsonText.Encode("justification");
    private static readonly JsonEncodedText Properties = JsonText.Encode("properties");
    private static readonly JsonEncodedText Design = JsonText.Encode("design");
    private static readonly JsonEncodedText Components = JsonText.Encode("components");
    private static readonly JsonEncodedText Group = JsonText.Encode("group");
    private static readonly JsonEncodedText ErrorLevel = JsonText.Encode(SarifReportWriter.Level(Severity.Error));
    private static readonly JsonEncodedText WarningLevel = JsonText.Encode(SarifReportWriter.Level(Severity.Warning));
    private static readonly JsonEncodedText NoteLevel = JsonText.Encode(SarifReportWriter.Level(Severity.Info));

    private readonly SarifLocations _locations;
    private readonly EncodedMemo<(JsonEncodedText Id, int Index)> _rules = new(id => (JsonText.Encode(id), SarifRules.IndexOf(id)));

    // The fingerprint "design/key" is put together here rather than as a string per finding.
    private char[] _fingerprint = ArrayPool<char>.Shared.Rent(256);

    public SarifResults(ReportPaths paths) => _locations = new SarifLocations(paths);

    public void Write(Utf8JsonWriter writer, Finding finding, string design, JsonEncodedText encodedDesign)
    {
        writer.WriteStartObject();
        var (id, index) = _rules[finding.RuleId];
        writer.WriteString(RuleId, id);
        if (index >= 0)
        {
            writer.WriteNumber(RuleIndex, index);
        }

        writer.WriteString(Level, LevelOf(finding.Severity));
        writer.WriteStartObject(Message);
        if (finding.Message.Length > 0)
        {
            writer.WriteString(Text, finding.Message);
        }
        else
        {
            writer.WriteString(Text, id);
        }

        writer.WriteEndObject();
        if (finding.Location.IsKnown)
        {
            writer.WriteStartArray(Locations);
            writer.WriteStartObject();
            _locations.WritePhysical(writer, finding.Location);
            writer.WriteEndObject();
            writer.WriteEndArray();
        }

        WriteRelated(writer, finding);
        writer.WriteStartObject(PartialFingerprints);
        writer.WriteString(FindingKey, Fingerprint(design, finding.Key));
        writer.WriteEndObject();
        if (finding.Accepted)
        {
            writer.WriteStartArray(Suppressions);
            writer.WriteStartObject();
            writer.WriteString(Kind, InSource);
            writer.WriteString(Status, Accepted);
            writer.WriteString(Justification, finding.Justification ?? string.Empty);
            writer.WriteEndObject();
            writer.WriteEndArray();
        }

        writer.WriteStartObject(Properties);
        writer.WriteString(Design, encodedDesign);
        JsonText.WriteStrings(writer, Components, finding.Components);
        if (finding.Group is not null)
        {
            writer.WriteString(Group, finding.Group);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    public void Dispose()
    {
        ArrayPool<char>.Shared.Return(_fingerprint);
        _fingerprint = Array.Empty<char>();
    }

    private static JsonEncodedText LevelOf(Severity severity) => severity switch
    {
        Severity.Error => ErrorLevel,
        Severity.Warning => WarningLevel,
        _ => NoteLevel,
    };

    // The known locations among the others, numbered from 1 in their order.
    private void WriteRelated(Utf8JsonWriter writer, Finding finding)
    {
        var others = finding.AdditionalLocations;
        var id = 0;
        for (var i = 0; i < others.Count; i++)
        {
            if (!others[i].IsKnown)
            {
                continue;
            }

            if (id == 0)
            {
                writer.WriteStartArray(RelatedLocations);
            }

            writer.WriteStartObject();
            writer.WriteNumber(Id, ++id);
            _locations.WritePhysical(writer, others[i]);
            writer.WriteEndObject();
        }

        if (id > 0)
        {
            writer.WriteEndArray();
        }
    }

    private ReadOnlySpan<char> Fingerprint(string design, string key)
    {
        var length = design.Length + 1 + key.Length;
        if (_fingerprint.Length < length)
        {
            ArrayPool<char>.Shared.Return(_fingerprint);
            _fingerprint = ArrayPool<char>.Shared.Rent(length);
        }

        design.CopyTo(0, _fingerprint, 0, design.Length);
        _fingerprint[design.Length] = '/';
        key.CopyTo(0, _fingerprint, design.Length + 1, key.Length);
        return _fingerprint.AsSpan(0, length);
    }
}
