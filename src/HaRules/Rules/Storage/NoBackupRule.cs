using System;
using System.Collections.Generic;
using System.Linq;
using HaRules.Findings;
using HaRules.Model;
using HaRules.Rules.Common;

namespace HaRules.Rules.Storage;

/// <summary>
/// HA303: data without a backup (7.3.1, "RAID is not a backup"). Data is a volume used as a
/// cluster's shared storage, or a cluster that declares no shared storage (its data lives on its
/// nodes). A backup of the volume, or of a cluster whose data it holds, covers it. Quorum devices
/// and backup targets hold no data of their own and are not judged.
/// </summary>
public sealed class NoBackupRule : DesignRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "HA303";

    /// <summary>Creates the rule.</summary>
    public NoBackupRule()
        : base(new RuleDescriptor(Id, "Data without a backup", RuleCategory.Storage, Severity.Error, "7.3.1"))
    {
    }

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var model = context.Model;
        var covered = new HashSet<string>(
            ModelLookups.Declared(model, ComponentKind.Backup).SelectMany(b => model.RelationsFrom(b.Name, RelationKind.BackupOf)).SelectMany(r => r.Targets),
            StringComparer.Ordinal);

        var clustersByVolume = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var volumeOrder = new List<string>();
        foreach (var cluster in ModelLookups.Declared(model, ComponentKind.DatabaseCluster))
        {
            var volumes = ModelLookups.Targets(model, cluster.Name, RelationKind.SharedStorage)
                .Where(v => v.Kind == ComponentKind.Volume)
                .ToList();
            if (volumes.Count == 0)
            {
                if (!covered.Contains(cluster.Name))
                {
                    yield return context.Create(
                        Id,
                        $"cluster {cluster.Name} keeps its data on its nodes and no backup covers it: RAID and replicas do not protect against deletion, corruption or losing every copy; add design.AddBackup(...).Of({cluster.Name}).To(a volume on another array)",
                        cluster.Name);
                }

                continue;
            }

            foreach (var volume in volumes)
            {
                if (!clustersByVolume.TryGetValue(volume.Name, out var clusters))
                {
                    clustersByVolume.Add(volume.Name, clusters = new List<string>());
                    volumeOrder.Add(volume.Name);
                }

                clusters.Add(cluster.Name);
            }
        }

        foreach (var volume in volumeOrder)
        {
            var clusters = clustersByVolume[volume];
            if (covered.Contains(volume) || clusters.Any(covered.Contains))
            {
                continue;
            }

            yield return context.Create(
                Id,
                $"volume {volume} holds the data of cluster {Units.List(clusters)} and no backup covers it: RAID is not a backup; add design.AddBackup(...).Of({volume}).To(a volume on another array)",
                new[] { volume }.Concat(clusters));
        }
    }
}
