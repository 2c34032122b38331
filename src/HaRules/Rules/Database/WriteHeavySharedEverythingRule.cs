using System.Collections.Generic;
using HaRules.Findings;
using HaRules.Model;
using HaRules.Rules.Common;

namespace HaRules.Rules.Database;

/// <summary>
/// HA604 (info): a shared-everything cluster declares a write-heavy workload (read share below
/// 50 %): its nodes contend for the same data and slow each other down (7.6.2).
/// </summary>
public sealed class WriteHeavySharedEverythingRule : DesignRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "HA604";

    /// <summary>Creates the rule.</summary>
    public WriteHeavySharedEverythingRule()
        : base(new RuleDescriptor(Id, "Write-heavy shared-everything cluster", RuleCategory.Database, Severity.Info, "7.6.2", judges: new[] { JudgedFacts.ClusterWorkload }))
    {
    }

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var (cluster, mode, _) in Clusters.All(context.Model))
        {
            if (mode != ClusterMode.SharedEverything || cluster.Properties.GetNumber(PropertyNames.ReadRatio) is not { } reads || !(reads < 0.5))
            {
                continue;
            }

            yield return context.Create(
                Id,
                $"shared-everything cluster {cluster.Name} declares {Units.Percent(1 - reads)} writes: its nodes contend for the same shared data and slow each other down; consider active-standby, or shared nothing with partitions",
                cluster.Name);
        }
    }
}
