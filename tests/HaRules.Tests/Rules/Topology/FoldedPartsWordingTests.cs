using System;
using HaRules.Tests.Support;
using Xunit;

namespace HaRules.Tests.Rules.Topology;

/// <summary>
/// HA101's sentence about the parts it folds into a finding, in each number it takes: one part, several
/// parts of one component, parts of several replicas; each message written out whole.
/// </summary>
public sealed class FoldedPartsWordingTests
{
    [Fact]
    public void One_part_is_its_part_which_stops_it_and_its_fix_names_its_owner()
    {
        var result = Check.Design(d =>
        {
            var ups = d.AddUps("ups");
            d.AddService("shop").EntryPoint(d.AddRouter("gw").WithPowerSupplies(ups));
        });

        Assert.Equal(
            "gw is a single point of failure of service shop: shop → gw; its failure alone stops the service; "
            + "so does the failure of its power supply gw/psu-1, which stops it. "
            + "Add a standby unit (WithStandby()); for gw/psu-1, give gw a second power supply on another source (WithPowerSupplies(upsA, upsB))",
            Assert.Single(result.Findings("HA101"), f => f.Components[0] == "gw").Message);
    }

    [Fact]
    public void Several_parts_of_one_component_are_each_of_which_stops_it()
    {
        var result = Check.Design(d =>
        {
            var ups = d.AddUps("ups");
            d.AddService("shop").EntryPoint(d.AddRouter("gw").WithPowerSupplies(ups).Availability(1));
        });

        // gw itself cannot fail (availability 1): only its parts are single points of failure.
        Assert.Empty(Check.Design(d => d.AddService("shop").EntryPoint(d.AddRouter("gw").Availability(1))).Findings("HA101"));
        Assert.Equal(
            "the part gw/psu-1 of gw is a single point of failure of service shop: shop → gw → gw/psu-1; its failure alone stops the service. "
            + "Give gw a second power supply on another source (WithPowerSupplies(upsA, upsB))",
            Assert.Single(result.Findings("HA101"), f => f.Components[0] == "gw").Message);

        var server = Check.Design(d =>
        {
            var ups = d.AddUps("ups");
            d.AddService("shop").EntryPoint(d.AddServer("app").WithPowerSupplies(ups).WithFans(1));
        });
        Assert.Equal(
            "app is a single point of failure of service shop: shop → app; its failure alone stops the service; "
            + "so does the failure of its fan app/fan-1 and power supply app/psu-1, each of which stops it. "
            + "Run it as replicas behind a load balancer pair that health-checks them (replicas: 2, WithStandby(), HealthCheck(TimeSpan.FromSeconds(5)))"
            + "; for app/fan-1, declare redundant fans (WithFans(2) or more)"
            + "; for app/psu-1, give app a second power supply on another source (WithPowerSupplies(upsA, upsB))",
            Assert.Single(server.Findings("HA101"), f => f.Components[0] == "app").Message);
    }

    // Two replicas that a one-copy cluster needs both of, each with a single fan (and, with power, a single PSU on its own UPS).
    private static Action<DesignBuilder> Store(bool power) => d =>
    {
        var kv = d.AddServer("kv", replicas: 2).WithFans(1);
        if (power)
        {
            kv.WithPowerSupplies(d.AddUps("ups"));
        }

        d.AddService("shop").EntryPoint(d.AddDatabaseCluster("store", ClusterMode.SharedNothing).Nodes(kv).Partitions(4, replicas: 1));
    };

    [Fact]
    public void Parts_of_several_replicas_are_their_parts_each_of_which_stops_its_replica_and_each_replica_gets_the_fix()
    {
        const string Start = "every replica of kv (kv-1 and kv-2) is a single point of failure of service shop: shop → store → kv-1; the failure of any one alone stops the service; ";
        const string Gate = "kv has 2 replicas, but cluster store keeps each partition in one copy, so it needs every one of its 2 nodes running: "
            + "keep at least two copies of each partition on distinct nodes (Partitions(count, replicas: 2)), as HA605 says";

        Assert.Equal(
            Start + "so does the failure of their fans kv-1/fan-1 and kv-2/fan-1, each of which stops its replica. "
            + Gate + "; for kv-1/fan-1 and kv-2/fan-1, declare redundant fans (WithFans(2) or more)",
            Assert.Single(Check.Design(Store(power: false)).Findings("HA101")).Message);

        Assert.Equal(
            Start + "so does the failure of their fans kv-1/fan-1 and kv-2/fan-1, and power supplies kv-1/psu-1 and kv-2/psu-1, each of which stops its replica. "
            + Gate + "; for kv-1/fan-1 and kv-2/fan-1, declare redundant fans (WithFans(2) or more)"
            + "; for kv-1/psu-1 and kv-2/psu-1, give kv-1 and kv-2 each a second power supply on another source (WithPowerSupplies(upsA, upsB))",
            Assert.Single(Check.Design(Store(power: true)).Findings("HA101"), f => f.Group == "kv").Message);
    }
}
