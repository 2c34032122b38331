using System;
using System.Collections.Generic;
using System.Linq;
using HaRules.Reliability;

namespace HaRules.Reporting.Content;

/// <summary>The declared components the diagrams highlight: every single point of failure of a service, a part counting as its owner.</summary>
internal static class EngineSpofs
{
    public static IReadOnlyCollection<string> Of(ReliabilityAnalysis reliability) =>
        reliability.Services
            .SelectMany(s => s.SinglePointsOfFailure)
            .Select(reliability.Model.TopLevelOwner)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToList();
}
