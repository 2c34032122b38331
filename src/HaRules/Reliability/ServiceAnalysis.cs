using System.Collections.Generic;

namespace HaRules.Reliability;

/// <summary>
/// What the analysis found for one service: exactly the data of the report's <c>services</c>
/// entry (docs/report-format.md), plus whether the availability is exact and how deep cut sets were searched.
/// </summary>
public sealed class ServiceAnalysis
{
    internal ServiceAnalysis(
        string name,
        double availability,
        double unavailability,
        double? availabilityTarget,
        IReadOnlyList<string> singlePointsOfFailure,
        IReadOnlyList<IReadOnlyList<string>> minimalCutSets,
        int minimalCutSetCount,
        bool minimalCutSetsTruncated,
        bool minimalCutSetsComplete,
        int toleratedFailures,
        int? toleranceTarget,
        int searchedOrder,
        bool availabilityIsExact,
        bool alwaysDown)
    {
        Name = name;
        Availability = availability;
        Unavailability = unavailability;
        AvailabilityTarget = availabilityTarget;
        SinglePointsOfFailure = singlePointsOfFailure;
        MinimalCutSets = minimalCutSets;
        MinimalCutSetCount = minimalCutSetCount;
        MinimalCutSetsTruncated = minimalCutSetsTruncated;
        MinimalCutSetsComplete = minimalCutSetsComplete;
        ToleratedFailures = toleratedFailures;
        ToleranceTarget = toleranceTarget;
        SearchedOrder = searchedOrder;
        AvailabilityIsExact = availabilityIsExact;
        AlwaysDown = alwaysDown;
    }

    /// <summary>The most minimal cut sets listed (<see cref="MinimalCutSetCount"/> counts them all).</summary>
    public const int ListedCutSets = 1000;

    /// <summary>The service's name.</summary>
    public string Name { get; }

    /// <summary>The probability that the service runs (0..1).</summary>
    public double Availability { get; }

    /// <summary>The probability that it does not, computed on its own so that small values keep their digits.</summary>
    public double Unavailability { get; }

    /// <summary>Expected downtime in minutes per year of 8,760 hours.</summary>
    public double DowntimeMinutesPerYear => Unavailability * FailureData.HoursPerYear * 60;

    /// <summary>The declared <c>AvailabilityTarget</c>, or null.</summary>
    public double? AvailabilityTarget { get; }

    /// <summary>Components whose failure alone stops the service, sorted by name (ordinal).</summary>
    public IReadOnlyList<string> SinglePointsOfFailure { get; }

    /// <summary>
    /// Minimal cut sets of order 1 up to <see cref="SearchedOrder"/>, each sorted by name, the list
    /// sorted by size then names; at most <see cref="ListedCutSets"/> of them.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> MinimalCutSets { get; }

    /// <summary>How many minimal cut sets up to <see cref="SearchedOrder"/> were found.</summary>
    public int MinimalCutSetCount { get; }

    /// <summary>True when the list was cut at <see cref="ListedCutSets"/>, or the search stopped at its work bound (the count is then a lower bound).</summary>
    public bool MinimalCutSetsTruncated { get; }

    /// <summary>
    /// True when the search found every minimal cut set up to <see cref="SearchedOrder"/>; false
    /// when it stopped at its work bound. The sets listed are minimal cut sets either way, and the
    /// single points of failure are always all there; what may be missing are larger sets.
    /// </summary>
    public bool MinimalCutSetsComplete { get; }

    /// <summary>
    /// The number of simultaneous failures the service always survives (order of its smallest cut
    /// set minus one), up to <see cref="SearchedOrder"/>. When <see cref="MinimalCutSetsComplete"/>
    /// is false and no set up to the order the search completed was found, it is that order: a
    /// lower bound.
    /// </summary>
    public int ToleratedFailures { get; }

    /// <summary>The declared <c>TolerateFailures</c>, or null.</summary>
    public int? ToleranceTarget { get; }

    /// <summary>The largest cut-set order searched: max(2, tolerance target + 1), at most <see cref="ReliabilityAnalysis.MaxOrder"/>.</summary>
    public int SearchedOrder { get; }

    /// <summary>False when the design was too large to condition on every shared component and some were treated as independent.</summary>
    public bool AvailabilityIsExact { get; }

    /// <summary>True when the service cannot run even with nothing failed (it needs something that does not exist).</summary>
    public bool AlwaysDown { get; }
}
