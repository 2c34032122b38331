using System.Collections.Generic;
using System.Linq;
using HaRules.Findings;
using HaRules.Model;

namespace HaRules.Analyzers.Tests.Support;

/// <summary>One line of text per model element, every field included, so a difference shows in the assertion message.</summary>
public static class ModelText
{
    public static IReadOnlyList<string> Components(DesignModel model) =>
        model.Components.Select(c => $"{c.Kind} {c.Name} @{c.Location} owner={c.Owner} group={c.Group} {Bag(c.Properties)}").ToList();

    public static IReadOnlyList<string> Groups(DesignModel model) =>
        model.Groups.Select(g => $"{g.Kind} {g.Name} @{g.Location} x{g.DeclaredCount} [{string.Join(",", g.Members)}]").ToList();

    public static IReadOnlyList<string> Relations(DesignModel model) =>
        model.Relations.Select(r => $"{r.From} {r.Kind} [{string.Join(",", r.Targets)}] count={r.Count} via=[{string.Join(",", r.Via)}] @{r.Location} {Bag(r.Properties)}").ToList();

    public static IReadOnlyList<string> Acceptances(DesignModel model) =>
        model.Acceptances.Select(a => $"{a.Target} {a.RuleId} '{a.Reason}' {a.Expires} @{a.Location}").ToList();

    public static IReadOnlyList<string> Findings(IEnumerable<Finding> findings) =>
        findings.Select(f => $"{f.RuleId} [{string.Join(",", f.Components)}] @{f.Location} accepted={f.Accepted} {f.Message}").ToList();

    private static string Bag(PropertyBag bag) => "{" + string.Join("; ", bag.Select(p => p.Key + "=" + p.Value)) + "}";
}
