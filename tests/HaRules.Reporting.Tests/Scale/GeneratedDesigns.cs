using System;

namespace HaRules.Reporting.Tests.Scale;

/// <summary>
/// Designs of a given size for the size limits of the reports: two UPSes and two switches shared by
/// stacks of five components (a service, a load balancer pair, two servers that are not a replica
/// group — so nothing folds them — and a database server on one UPS, a single point of failure of
/// its service). Every server is powered by and cabled to the shared units: many edges.
/// </summary>
internal static class GeneratedDesigns
{
    public static DesignBuilder Stacks(int components)
    {
        var d = new DesignBuilder("Generated" + components);
        var upsA = d.AddUps("ups-a");
        var upsB = d.AddUps("ups-b");
        var swA = d.AddSwitch("sw-a").WithPowerSupplies(upsA, upsB);
        var swB = d.AddSwitch("sw-b").WithPowerSupplies(upsA, upsB);
        var stacks = Math.Max(1, (components - 4) / 5);
        for (var s = 0; s < stacks; s++)
        {
            var p = "s" + s;
            var db = d.AddServer(p + "-db").WithPowerSupplies(upsA).WithNics(BondMode.ActiveBackup, swA);
            var a = d.AddServer(p + "-a").WithPowerSupplies(upsA, upsB).WithNics(BondMode.ActiveBackup, swA, swB).DependsOn(db);
            var b = d.AddServer(p + "-b").WithPowerSupplies(upsA, upsB).WithNics(BondMode.ActiveBackup, swA, swB).DependsOn(db);
            var lb = d.AddLoadBalancer(p + "-lb").WithStandby().WithPowerSupplies(upsA, upsB).HealthCheck(TimeSpan.FromSeconds(5)).Targets(a, b);
            d.AddService(p).EntryPoint(lb);
        }

        return d;
    }
}
