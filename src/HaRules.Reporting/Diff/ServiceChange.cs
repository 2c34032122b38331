using System;
using System.Collections.Generic;
using System.Linq;

namespace HaRules.Reporting.Diff;

/// <summary>How one service changed between two reports.</summary>
public sealed class ServiceChange
{
    /// <summary>Creates the change of a service; either side is null when the service is only in the other report.</summary>
    public ServiceChange(SnapshotService? before, SnapshotService? after)
    {
        Before = before;
        After = after;
        var was = before?.SinglePointsOfFailure ?? Array.Empty<string>();
        var now = after?.SinglePointsOfFailure ?? Array.Empty<string>();
        AddedSpofs = now.Except(was, StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal).ToArray();
        RemovedSpofs = was.Except(now, StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal).ToArray();
    }

    /// <summary>The service in the earlier report, or null.</summary>
    public SnapshotService? Before { get; }

    /// <summary>The service in the later report, or null.</summary>
    public SnapshotService? After { get; }

    /// <summary>The service's name.</summary>
    public string Name => (After ?? Before)!.Name;

    /// <summary>Single points of failure the change adds.</summary>
    public IReadOnlyList<string> AddedSpofs { get; }

    /// <summary>Single points of failure the change removes.</summary>
    public IReadOnlyList<string> RemovedSpofs { get; }
}
