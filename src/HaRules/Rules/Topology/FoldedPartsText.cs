using System;
using System.Collections.Generic;
using System.Linq;
using HaRules.Model;

namespace HaRules.Rules.Topology;

/// <summary>
/// The words of HA101 about the parts it folds into a finding on their owner, grammatical whatever
/// their number: one part (<c>its power supply sw-a/psu-1, which stops it</c>), several parts of one
/// component (<c>its power supply db/psu-1 and fan db/fan-1, each of which stops it</c>), or parts of
/// several replicas (<c>their power supplies kv-1/psu-1 and kv-2/psu-1, each of which stops its replica</c>).
/// </summary>
internal static class FoldedPartsText
{
    /// <summary>
    /// "; so does the failure of …" for the parts of one component (<paramref name="group"/> null), or
    /// of the replicas of a group. Empty without parts.
    /// </summary>
    public static string Sentence(DesignModel model, IReadOnlyList<string> parts, string? group)
    {
        if (parts.Count == 0)
        {
            return string.Empty;
        }

        var owners = Owners(model, parts);
        var (possessor, stopped) = group is null
            ? ("its", "it")
            : owners.Count == 1 ? ($"{owners[0]}'s", owners[0]) : ("their", "its replica");
        var phrases = parts
            .GroupBy(p => FailureAdvice.PartWord(model.FindComponent(p)!), StringComparer.Ordinal)
            .Select(g => g.Count() == 1 ? $"{g.Key} {g.First()}" : $"{Plural(g.Key)} {Join(g.ToList())}")
            .ToList();

        // "power supplies a and b, and fans c and d": a comma keeps the lists of each kind apart.
        var listed = phrases.Count > 1 && phrases.Any(p => p.Contains(" and "))
            ? string.Join(", ", phrases.Take(phrases.Count - 1)) + ", and " + phrases[phrases.Count - 1]
            : Join(phrases);
        var which = parts.Count == 1 ? "which" : "each of which";
        return $"; so does the failure of {possessor} {listed}, {which} stops {stopped}";
    }

    /// <summary>"; for sw-a/psu-1, give sw-a a second power supply …": the fix of each kind of folded part, naming whose parts they are.</summary>
    public static string Advice(DesignModel model, IReadOnlyList<string> parts) =>
        string.Concat(ByKind(model, parts).Select(g => $"; for {Join(g.Parts)}, {g.Advice}"));

    /// <summary>The fix of each kind of part, once, for a finding that names only parts.</summary>
    public static IReadOnlyList<string> AdviceOnly(DesignModel model, IReadOnlyList<string> parts) =>
        ByKind(model, parts).Select(g => g.Advice).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>"a", "a and b", "a, b and c".</summary>
    public static string Join(IReadOnlyList<string> names) =>
        names.Count <= 1 ? string.Join(string.Empty, names) : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[names.Count - 1];

    private static IEnumerable<(IReadOnlyList<string> Parts, string Advice)> ByKind(DesignModel model, IReadOnlyList<string> parts) =>
        parts
            .GroupBy(p => model.FindComponent(p)!.Kind)
            .Select(g =>
            {
                var list = g.ToList();
                var owners = Owners(model, list);
                return ((IReadOnlyList<string>)list, FailureAdvice.ForPart(model, model.FindComponent(list[0])!, Join(owners), owners.Count > 1));
            });

    private static IReadOnlyList<string> Owners(DesignModel model, IReadOnlyList<string> parts) =>
        parts.Select(model.TopLevelOwner).Distinct(StringComparer.Ordinal).ToList();

    private static string Plural(string word) =>
        word.EndsWith("y", StringComparison.Ordinal) ? word.Substring(0, word.Length - 1) + "ies" : word + "s";
}
