using System;
using System.Collections.Generic;
using System.Linq;
using HaRules.Model;

namespace HaRules.Rules.Common;

/// <summary>
/// Where data lives: the RAID group and array a volume is carved from, the volumes of a group, and
/// what each volume holds (a cluster's shared storage, a backup's source).
/// </summary>
internal static class StorageLookups
{
    /// <summary>The RAID group a volume is carved from, or null.</summary>
    public static Component? RaidGroupOf(DesignModel model, string volume) => ParentOf(model, volume, ComponentKind.RaidGroup);

    /// <summary>The array a RAID group is carved from, or null.</summary>
    public static Component? ArrayOf(DesignModel model, string raidGroup) => ParentOf(model, raidGroup, ComponentKind.StorageArray);

    /// <summary>The volumes carved from each RAID group, keyed by group name, in declaration order (one pass over the model).</summary>
    public static IReadOnlyDictionary<string, List<Component>> VolumesByGroup(DesignModel model)
    {
        var result = new Dictionary<string, List<Component>>(StringComparer.Ordinal);
        foreach (var volume in ModelLookups.Declared(model, ComponentKind.Volume))
        {
            if (ModelLookups.TargetOf(model, volume.Name, RelationKind.CarvedFrom) is not { } group)
            {
                continue;
            }

            if (!result.TryGetValue(group, out var list))
            {
                result.Add(group, list = new List<Component>());
            }

            list.Add(volume);
        }

        return result;
    }

    /// <summary>The volumes of one group from <see cref="VolumesByGroup"/>; empty when it has none.</summary>
    public static IReadOnlyList<Component> Of(IReadOnlyDictionary<string, List<Component>> volumesByGroup, string raidGroup) =>
        volumesByGroup.TryGetValue(raidGroup, out var list) ? list : (IReadOnlyList<Component>)Array.Empty<Component>();

    /// <summary>
    /// What each volume holds that is data: the clusters it is shared storage of and the backups
    /// it is the source of, as readable phrases keyed by volume name.
    /// </summary>
    public static IReadOnlyDictionary<string, List<(string User, string Phrase)>> DataUses(DesignModel model)
    {
        var uses = new Dictionary<string, List<(string, string)>>(StringComparer.Ordinal);
        void Add(string volume, string user, string phrase)
        {
            if (!uses.TryGetValue(volume, out var list))
            {
                uses.Add(volume, list = new List<(string, string)>());
            }

            list.Add((user, phrase));
        }

        // Only shared storage and backup sources hold data: other relations' targets are not looked up.
        var relations = model.Relations;
        for (var r = 0; r < relations.Count; r++)
        {
            var relation = relations[r];
            if (relation.Kind is not (RelationKind.SharedStorage or RelationKind.BackupOf))
            {
                continue;
            }

            foreach (var target in relation.Targets)
            {
                if (model.FindComponent(target)?.Kind != ComponentKind.Volume)
                {
                    continue;
                }

                if (relation.Kind == RelationKind.SharedStorage)
                {
                    Add(target, relation.From, $"the data of cluster {relation.From}");
                }
                else if (relation.Kind == RelationKind.BackupOf)
                {
                    Add(target, relation.From, $"data backed up by {relation.From}");
                }
            }
        }

        return uses;
    }

    private static Component? ParentOf(DesignModel model, string name, ComponentKind kind) =>
        ModelLookups.TargetOf(model, name, RelationKind.CarvedFrom) is { } parent
        && model.FindComponent(parent) is { } component
        && component.Kind == kind
            ? component
            : null;
}
