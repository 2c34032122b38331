using System;
using System.Collections.Generic;
using System.Linq;
using HaRules.Findings;
using HaRules.Model;
using HaRules.Rules.Common;

namespace HaRules.Rules.Storage;

/// <summary>
/// HA304: a backup writes to the same failure domain its source lives in (the same volume, RAID
/// group, array, or rack), so one failure loses the data and its copy together (7.3.1). The
/// finding names the backup, its source, its target and the nearest shared domain.
/// </summary>
public sealed class BackupSameDomainRule : DesignRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "HA304";

    /// <summary>Creates the rule.</summary>
    public BackupSameDomainRule()
        : base(new RuleDescriptor(Id, "Backup in the same failure domain as its source", RuleCategory.Storage, Severity.Warning, "7.3.1"))
    {
    }

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var model = context.Model;
        foreach (var backup in ModelLookups.Declared(model, ComponentKind.Backup))
        {
            var sources = ModelLookups.Targets(model, backup.Name, RelationKind.BackupOf);
            var targets = ModelLookups.Targets(model, backup.Name, RelationKind.BackupTo);
            foreach (var source in sources)
            {
                var sourceDomains = SourceDomains(model, source);
                foreach (var target in targets)
                {
                    var shared = DomainsOfVolume(model, target.Name).FirstOrDefault(d => sourceDomains.Any(s => s.Name == d.Name));
                    if (shared.Name is null)
                    {
                        continue;
                    }

                    var where = shared.Name == target.Name ? "the same volume" : $"{shared.What} {shared.Name}";
                    var components = new List<string> { backup.Name, source.Name, target.Name };
                    if (shared.Name != target.Name && shared.Name != source.Name)
                    {
                        components.Add(shared.Name);
                    }

                    yield return context.Create(
                        Id,
                        $"backup {backup.Name} copies {source.Name} to {target.Name}, but both are on {where}: one failure there loses the data and its backup together; write the backup to another array (and rack)",
                        components.Distinct(StringComparer.Ordinal));
                }
            }
        }
    }

    /// <summary>The failure domains a volume lives in, nearest first: itself, its RAID group, its array, the array's rack.</summary>
    private static List<(string Name, string What)> DomainsOfVolume(DesignModel model, string volume)
    {
        var domains = new List<(string, string)> { (volume, "volume") };
        if (StorageLookups.RaidGroupOf(model, volume) is not { } group)
        {
            return domains;
        }

        domains.Add((group.Name, "RAID group"));
        if (StorageLookups.ArrayOf(model, group.Name) is not { } array)
        {
            return domains;
        }

        domains.Add((array.Name, "array"));
        if (ModelLookups.RackOf(model, array.Name) is { } rack)
        {
            domains.Add((rack, "rack"));
        }

        return domains;
    }

    /// <summary>
    /// The domains every copy of the source's data lives in: a volume's own domains; a cluster's
    /// shared storage domains; for a cluster without shared storage, the one rack all its nodes stand in.
    /// </summary>
    private static List<(string Name, string What)> SourceDomains(DesignModel model, Component source)
    {
        if (source.Kind == ComponentKind.Volume)
        {
            return DomainsOfVolume(model, source.Name);
        }

        if (source.Kind != ComponentKind.DatabaseCluster)
        {
            return new List<(string, string)>();
        }

        var volumes = ModelLookups.Targets(model, source.Name, RelationKind.SharedStorage).Where(v => v.Kind == ComponentKind.Volume).ToList();
        if (volumes.Count > 0)
        {
            return volumes.SelectMany(v => DomainsOfVolume(model, v.Name)).ToList();
        }

        var racks = ModelLookups.Targets(model, source.Name, RelationKind.ClusterNodes)
            .Select(n => ModelLookups.RackOf(model, n.Name))
            .ToList();
        return racks.Count > 0 && racks[0] is { } rack && racks.All(r => string.Equals(r, rack, StringComparison.Ordinal))
            ? new List<(string, string)> { (rack, "rack") }
            : new List<(string, string)>();
    }
}
