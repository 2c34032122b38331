using System.Collections.Generic;
using HaRules.Rules.Application;
using HaRules.Rules.Database;
using HaRules.Rules.Network;
using HaRules.Rules.Server;
using HaRules.Rules.Storage;
using HaRules.Rules.Topology;
using HaRules.Rules.Web;
using HaRules.Validation;

namespace HaRules.Rules;

/// <summary>Every rule HaRules runs, in the order they run. Add a new rule class here.</summary>
public static class BuiltInRules
{
    /// <summary>Creates one instance of every built-in rule.</summary>
    public static IReadOnlyList<DesignRule> Create() => new DesignRule[]
    {
        new DuplicateNameRule(),
        new UnknownReferenceRule(),
        new OutOfRangeRule(),
        new RaidGeometryRule(),
        new DependencyCycleRule(),
        new SinglePowerSupplyRule(),
        new SharedPowerSourceRule(),
        new SingleNicRule(),
        new BondOnOneSwitchRule(),
        new SingleFanRule(),
        new Raid0DataRule(),
        new NoHotSpareRule(),
        new NoBackupRule(),
        new BackupSameDomainRule(),
        new Raid5MisfitRule(),
        new SingleHbaRule(),
        new MultipathDisabledRule(),
        new HbasOnOneFabricRule(),
        new SingleControllerRule(),
        new VolumesExceedCapacityRule(),
        new RaidIopsShortfallRule(),
        new DnsRoundRobinWithoutHealthCheckRule(),
        new DnsRoundRobinStatefulRule(),
        new LoadBalancerWithoutHealthCheckRule(),
        new PinnedSessionsLostRule(),
        new LoadBalancerWithoutStandbyRule(),
        new SessionsInMemoryRule(),
        new SessionReplicaSameRackRule(),
        new PoolMinMaxRule(),
        new FirewallDropsIdlePoolRule(),
        new PoolsExceedConnectionLimitRule(),
        new SingleHeartbeatRule(),
        new NoQuorumDeviceRule(),
        new NoFencingRule(),
        new WriteHeavySharedEverythingRule(),
        new SingleCopyPartitionsRule(),
        new ClusterSharedDomainRule(),
        new GroupOnOneSwitchRule(),
        new FirewallWithoutSyncedStandbyRule(),
        new RouterWithoutStandbyRule(),
        new SinglePointOfFailureRule(),
        new CommonCauseRule(),
        new FailureToleranceRule(),
        new AvailabilityTargetRule(),
        new CapacityUnderFailureRule(),
    };
}
