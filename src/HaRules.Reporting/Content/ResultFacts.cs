using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using HaRules.Checking;
using HaRules.Model;

namespace HaRules.Reporting.Content;

/// <summary>
/// What several writers of one check derive from the same result, derived once: the active
/// findings indexed by the names of the engine's fixes (the JSON's whole ranking, the console's
/// and the Markdown's top fixes), and from one pass over the model's components the RAID groups
/// (the JSON's and the Markdown's RAID sections). A result and its model never change, so what is kept stays true.
/// </summary>
internal static class ResultFacts
{
    private static readonly ConditionalWeakTable<CheckResult, FindingsByComponent> FixFindings = new();
    private static readonly ConditionalWeakTable<DesignModel, List<Component>> RaidGroupsOf = new();

    /// <summary>
    /// The active findings indexed by the target and components of every fix of the engine's
    /// ranking: <see cref="FindingsByComponent.Resolved"/> answers for any of them.
    /// </summary>
    public static FindingsByComponent FixFindingsOf(CheckResult result) =>
        FixFindings.GetValue(result, r => FindingsByComponent.For(r.Active, r.Reliability.FixFirst.Fixes));

    /// <summary>The model's RAID groups, in the order of its components.</summary>
    // A walk over a data centre's components is millions of objects read from memory: one walk
    // serves both reports that list the groups.
    public static IReadOnlyList<Component> RaidGroups(DesignModel model) => RaidGroupsOf.GetValue(model, FindRaidGroups);

    private static List<Component> FindRaidGroups(DesignModel model)
    {
        var raidGroups = new List<Component>();
        var components = model.Components;
        for (var i = 0; i < components.Count; i++)
        {
            if (components[i].Kind == ComponentKind.RaidGroup)
            {
                raidGroups.Add(components[i]);
            }
        }

        return raidGroups;
    }
}
