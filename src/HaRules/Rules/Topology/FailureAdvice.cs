using System;
using System.Linq;
using HaRules.Model;
using HaRules.Rules.Common;

namespace HaRules.Rules.Topology;

/// <summary>
/// What to change when one component's failure stops a service, by kind of component. Each advice
/// is the change that satisfies every rule, not only HA101: a pair gets the standby the pair rules
/// accept (<see cref="Standbys"/>), so the advice applied as written raises nothing else.
/// </summary>
internal static class FailureAdvice
{
    /// <summary>What a part is called in a message: "power supply", "fan", "NIC port", …</summary>
    public static string PartWord(Component part) => part.Kind switch
    {
        ComponentKind.PowerSupply => "power supply",
        ComponentKind.Fan => "fan",
        ComponentKind.Nic => "NIC port",
        ComponentKind.Hba => "HBA",
        ComponentKind.Controller => "controller",
        ComponentKind.Disk => "disk",
        _ => "part",
    };

    /// <summary>The advice for a declared component that is a single point of failure.</summary>
    public static string For(DesignModel model, Component component) => component.Kind switch
    {
        ComponentKind.PowerFeed => "feed what depends on it from a second, independent feed (a UPS FedBy two panels, or PSUs on UPSes behind different panels)",
        ComponentKind.Ups => "give the components behind it a second power supply on another UPS (WithPowerSupplies(upsA, upsB))",
        ComponentKind.Rack => "spread the components in it across racks (SpreadAcross, InRack) so a redundant peer stands elsewhere",
        ComponentKind.Switch => "bond a second NIC port, or connect the appliance, to a second switch",
        ComponentKind.SanSwitch => "add a second fabric: an HBA on it with multipath enabled, and the array connected to both",
        ComponentKind.Firewall => $"make it a pair that synchronises state ({Standbys.Call(component)})",
        ComponentKind.LoadBalancer when Standbys.MustSynchronise(component) => $"add a standby unit that synchronises its session table ({Standbys.Call(component)})",
        ComponentKind.Router or ComponentKind.LoadBalancer => $"add a standby unit ({Standbys.Call(component)})",
        ComponentKind.Server when component.Group is not null => "add replicas (and enough capacity) so the group survives the loss of one",
        ComponentKind.Server => ForServer(model, component),
        ComponentKind.StorageArray => "keep the data on a second array as well",
        _ => "make it redundant, or depend on alternatives (DependsOnAnyOf)",
    };

    /// <summary>
    /// The advice for a part that is a single point of failure, given to <paramref name="owners"/>
    /// (<c>sw-a</c>, or <c>kv-1 and kv-2</c> for the parts of several replicas, <paramref name="several"/>).
    /// </summary>
    public static string ForPart(DesignModel model, Component part, string owners, bool several) => part.Kind switch
    {
        ComponentKind.PowerSupply => $"give {owners} {(several ? "each " : string.Empty)}a second power supply on another source (WithPowerSupplies(upsA, upsB))",
        ComponentKind.Fan => "declare redundant fans (WithFans(2) or more)",
        ComponentKind.Nic => "bond a second NIC port to another switch (WithNics(mode, swA, swB))",
        ComponentKind.Hba => "add a second HBA on another fabric with multipath enabled (WithHbas(Multipath.Enabled, sanA, sanB))",
        ComponentKind.Controller => "give the array a second controller (WithControllers(2))",
        ComponentKind.Disk => "use " + RaidAdvice.RedundantLevel,
        _ => For(model, part),
    };

    // A cluster's only node gets a second one, with what a cluster of two needs against split brain
    // (HA602's quorum device, HA603's fencing); any other server gets replicas behind a balancer pair
    // that checks them, since a bare balancer would be single itself (HA101 again) and unchecked (HA403).
    private static string ForServer(DesignModel model, Component server)
    {
        foreach (var (cluster, mode, nodes) in Clusters.All(model))
        {
            if (nodes.Any(n => string.Equals(n.Name, server.Name, StringComparison.Ordinal)))
            {
                var guard = mode switch
                {
                    ClusterMode.ActiveStandby => ", with a quorum device and fencing (QuorumDevice(volume), Fencing())",
                    ClusterMode.SharedEverything => ", with a quorum device (QuorumDevice(volume))",
                    _ => string.Empty,
                };
                return $"add a second node to cluster {cluster.Name} (Nodes({server.Name}, another)){guard}";
            }
        }

        return $"run it as replicas behind a load balancer pair that health-checks them (replicas: 2, {Standbys.Plain}, HealthCheck(TimeSpan.FromSeconds(5)))";
    }
}
