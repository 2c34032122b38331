using System.Collections.Generic;
using System.Linq;
using HaRules.Findings;
using HaRules.Model;
using HaRules.Rules;

namespace HaRules.Reporting.Content;

/// <summary>
/// The tables of the "leaves undeclared" section: how the report groups component kinds, and per
/// group the facts some rule judges (read from the rule descriptors, <see cref="RuleDescriptor.Judges"/>),
/// in column order. Absent facts are not judged by the rules, so the report lists them for the
/// reader to complete.
/// </summary>
internal static class UndeclaredFacts
{
    /// <summary>One table of the section: the kinds it covers and their facts.</summary>
    public sealed record KindFacts(string Title, IReadOnlyList<ComponentKind> Kinds, IReadOnlyList<JudgedFact> Facts);

    public static readonly IReadOnlyList<KindFacts> Tables = new[]
    {
        Table("Services", ComponentKind.Service),
        Table("Load balancers", ComponentKind.LoadBalancer),
        Table("Firewalls", ComponentKind.Firewall),
        Table("Switches and routers", ComponentKind.Switch, ComponentKind.SanSwitch, ComponentKind.Router),
        Table("Servers", ComponentKind.Server),
        Table("Database clusters", ComponentKind.DatabaseCluster),
        Table("Storage arrays", ComponentKind.StorageArray),
        Table("RAID groups", ComponentKind.RaidGroup),
        Table("Power", ComponentKind.Ups),
    };

    /// <summary>The indices in <see cref="Tables"/> of the tables that cover each kind, by the kind's value.</summary>
    public static readonly IReadOnlyList<int[]> TablesByKind = ByKind();

    private static int[][] ByKind()
    {
        var kinds = (ComponentKind[])System.Enum.GetValues(typeof(ComponentKind));
        var byKind = new int[kinds.Max(k => (int)k) + 1][];
        for (var k = 0; k < byKind.Length; k++)
        {
            byKind[k] = Enumerable.Range(0, Tables.Count).Where(t => Tables[t].Kinds.Contains((ComponentKind)k)).ToArray();
        }

        return byKind;
    }

    private static KindFacts Table(string title, params ComponentKind[] kinds)
    {
        var judged = new HashSet<JudgedFact>(RuleCatalog.All.SelectMany(r => r.Judges));
        var facts = JudgedFacts.InColumnOrder.Where(f => judged.Contains(f) && f.Kinds.Any(kinds.Contains)).ToArray();
        return new KindFacts(title, kinds, facts);
    }
}
