using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using HaRules.Analyzers.Reading;
using HaRules.Findings;
using HaRules.Model;
using Microsoft.CodeAnalysis;

namespace HaRules.Analyzers;

/// <summary>
/// Turns findings into diagnostics: at the declaring call of the first component (the method name
/// token), with the other components' calls as additional locations.
/// </summary>
internal static class FindingDiagnostics
{

    public static Diagnostic? Create(Finding finding, DesignModel model, SourceTrees trees, Location fallback)
    {
        var descriptor = RuleDescriptors.Find(finding.RuleId);
        if (descriptor is null)
        {
            return null;
        }

        var primary = trees.Find(finding.Location) ?? fallback;
        var others = finding.AdditionalLocations.Count > 0
            ? finding.AdditionalLocations
            : finding.Components.Skip(1).Select(name => model.FindComponent(name)?.Location ?? model.FindGroup(name)?.Location).Where(l => l is not null).Select(l => l!);
        var additional = new List<Location>();
        foreach (var location in others)
        {
            if (trees.Find(location) is { } found && found != primary && !additional.Contains(found))
            {
                additional.Add(found);
            }
        }

        // What the mechanical fix needs from the whole design, so it writes what the message advises.
        var properties = finding.FixArguments.Count == 0
            ? null
            : finding.FixArguments.ToImmutableDictionary(p => Finding.FixArgumentPropertyPrefix + p.Key, p => (string?)p.Value, System.StringComparer.Ordinal);
        return Diagnostic.Create(descriptor, primary, additional, properties, finding.Message);
    }
}
