using System;
using System.Collections.Generic;
using System.Linq;

namespace HaRules.Reliability;

/// <summary>The single points of failure, as the reports show them.</summary>
public sealed partial class ReliabilityAnalysis
{
    private IReadOnlyList<SinglePointOfFailure>? _singlePoints;
    private IReadOnlyList<string>? _spofComponents;

    /// <summary>
    /// Every single point of failure of every service: services in declaration order, each one's
    /// components by name, as in <see cref="ServiceAnalysis.SinglePointsOfFailure"/>.
    /// </summary>
    public IReadOnlyList<SinglePointOfFailure> SinglePointsOfFailure => _singlePoints ??= Services
        .SelectMany(s => s.SinglePointsOfFailure.Select(c => new SinglePointOfFailure(s.Name, c, Model.TopLevelOwner(c), () => DependencyPath(s.Name, c))))
        .ToArray();

    /// <summary>The declared components that are, or own, a single point of failure of some service, by name.</summary>
    public IReadOnlyList<string> SpofComponents => _spofComponents ??= SinglePointsOfFailure
        .Select(s => s.DeclaredComponent)
        .Distinct(StringComparer.Ordinal)
        .OrderBy(n => n, StringComparer.Ordinal)
        .ToArray();
}
