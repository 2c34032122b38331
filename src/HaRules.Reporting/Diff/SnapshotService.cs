using System.Collections.Generic;

namespace HaRules.Reporting.Diff;

/// <summary>One service as a JSON report's <c>services</c> section lists it.</summary>
public sealed class SnapshotService
{
    /// <summary>Creates a service read from a report.</summary>
    public SnapshotService(string design, string name, double? availability, IReadOnlyList<string> singlePointsOfFailure)
    {
        Design = design;
        Name = name;
        Availability = availability;
        SinglePointsOfFailure = singlePointsOfFailure;
    }

    /// <summary>The design the service belongs to.</summary>
    public string Design { get; }

    /// <summary>The service's name.</summary>
    public string Name { get; }

    /// <summary>The computed availability (0..1), or null.</summary>
    public double? Availability { get; }

    /// <summary>The names of the components whose failure alone stops the service.</summary>
    public IReadOnlyList<string> SinglePointsOfFailure { get; }
}
