using System.Collections.Generic;

namespace HaRules.Reporting.Diff;

/// <summary>One finding as a JSON report lists it.</summary>
public sealed class SnapshotFinding
{
    /// <summary>Creates a finding read from a report.</summary>
    public SnapshotFinding(string design, string id, string severity, string message, IReadOnlyList<string> components, bool accepted)
    {
        Design = design;
        Id = id;
        Severity = severity;
        Message = message;
        Components = components;
        Accepted = accepted;
    }

    /// <summary>The design the finding belongs to.</summary>
    public string Design { get; }

    /// <summary>The rule ID.</summary>
    public string Id { get; }

    /// <summary>The severity as written (<c>error</c>, <c>warning</c>, <c>info</c>).</summary>
    public string Severity { get; }

    /// <summary>The message.</summary>
    public string Message { get; }

    /// <summary>The components named.</summary>
    public IReadOnlyList<string> Components { get; }

    /// <summary>True when the design accepts the finding.</summary>
    public bool Accepted { get; }

    /// <summary>The identity a diff matches on: design, rule ID and component names (as <c>Finding.Key</c>).</summary>
    public string Key => Design + "\u0001" + Id + ":" + string.Join(",", Components);
}
