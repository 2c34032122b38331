using System.IO;
using System.Linq;
using HaRules.Analyzers.Reading;
using Microsoft.CodeAnalysis;
using HaRules.Rules;

namespace HaRules.Analyzers;

/// <summary>
/// HA901: the analyzer read a design only in part. One diagnostic on the design class naming the
/// first thing that stopped the reader and where (with that code as an additional location), so the
/// user knows the other findings come from the build.
/// </summary>
internal static class PartialReadingDiagnostic
{
    public const string Id = ToolDiagnostics.PartialReading;

    public static Diagnostic? Create(INamedTypeSymbol design, DesignReading reading, Location describe)
    {
        if (reading.IsComplete || RuleDescriptors.Find(Id) is not { } descriptor)
        {
            return null;
        }

        var first = reading.Gaps[0];
        var where = first.Where is { IsInSource: true } location
            ? $" at {Path.GetFileName(location.GetLineSpan().Path)} line {first.Line}"
            : string.Empty;
        var more = reading.Gaps.Count > 1 ? $" (and {reading.Gaps.Count - 1} more)" : string.Empty;
        var message = $"HaRules read design '{design.Name}' only in part: {first.What}{where}{more}. "
            + "Its validity findings (HA0xx) of what was read are shown; every other finding comes from the build (harules check)";
        var primary = design.Locations.FirstOrDefault(l => l.IsInSource && l.SourceTree == describe.SourceTree)
            ?? design.Locations.FirstOrDefault(l => l.IsInSource)
            ?? describe;
        var additional = first.Where is { IsInSource: true } gap ? new[] { gap } : Enumerable.Empty<Location>();
        return Diagnostic.Create(descriptor, primary, additional, message);
    }
}
