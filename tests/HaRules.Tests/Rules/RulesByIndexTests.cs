using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using HaRules.Findings;
using HaRules.Model;
using HaRules.Rules;
using HaRules.Rules.Common;
using HaRules.Rules.Server;
using HaRules.Rules.Storage;
using HaRules.Rules.Web;
using HaRules.Tests.Support;
using Xunit;

namespace HaRules.Tests.Rules;

/// <summary>
/// The rules that stopped asking the model by name (HA202, HA203, HA204, HA306, HA308: parts and
/// their links by position) or walking the request path once per service (HA402, HA408: one
/// request graph) find what a plain computation by name, written here, finds: on a design with
/// many services, shared back ends, nested load balancers and duplicate names, and on random designs.
/// </summary>
public sealed class RulesByIndexTests
{
    public static IEnumerable<object[]> Seeds() => Enumerable.Range(0, 150).Select(i => new object[] { i });

    [Fact]
    public void Many_services_get_the_findings_of_a_walk_per_service()
    {
        var model = ManyServices(120);

        var ha402 = Run(new DnsRoundRobinStatefulRule(), model);
        var ha408 = Run(new SlowHealthCheckRule(), model);

        Assert.Equal(ExpectedHa402(model), ha402.Select(f => string.Join(" ", f.Components)).ToList());
        Assert.Equal(ExpectedHa408(model), ha408.Select(f => f.Message).ToList());

        // The design is built so that both rules fire many times, with many services per DNS name and peaks that tie.
        Assert.True(ha402.Count >= 20 && ha402.Max(f => f.Components.Count) >= 10, string.Join(Environment.NewLine, ha402));
        Assert.True(ha408.Count >= 20 && ha408.Count(f => f.Message.Contains("'s peak", StringComparison.Ordinal)) >= 10, string.Join(Environment.NewLine, ha408));
    }

    [Fact]
    public void Many_units_get_the_findings_of_a_lookup_per_part()
    {
        var model = ManyServices(120);

        CompareLinkRules(model);
        Assert.NotEmpty(Run(new SharedPowerSourceRule(), model));
        Assert.NotEmpty(Run(new BondOnOneSwitchRule(), model));
        Assert.NotEmpty(Run(new HbasOnOneFabricRule(), model));
        Assert.NotEmpty(Run(new SingleNicRule(), model));
        Assert.NotEmpty(Run(new SingleHbaRule(), model));
    }

    [Fact]
    public void Hand_made_links_get_the_findings_computed_by_name()
    {
        var at = SourceLocation.None;
        var components = new[]
        {
            new Component("s", ComponentKind.Server, at),
            new Component("s/psu-1", ComponentKind.PowerSupply, at, owner: "s"),
            new Component("s/psu-2", ComponentKind.PowerSupply, at, owner: "s"),
            new Component("s", ComponentKind.Server, at),
            new Component("s/psu-3", ComponentKind.PowerSupply, at, owner: "s"),
            new Component("t", ComponentKind.Server, at),
            new Component("t/nic-1", ComponentKind.Nic, at, owner: "t"),
            new Component("t/nic-2", ComponentKind.Nic, at, owner: "t"),
            new Component("t/nic-1", ComponentKind.Nic, at, owner: "t"),
            new Component("u", ComponentKind.Server, at),
            new Component("u/hba-1", ComponentKind.Hba, at, owner: "u"),
            new Component("ghost/psu-1", ComponentKind.PowerSupply, at, owner: "ghost"),
        };
        var relations = new[]
        {
            // A link without a target is passed over for the next one; the first with a target counts.
            new Relation(RelationKind.PoweredBy, "s/psu-1", Array.Empty<string>(), at),
            new Relation(RelationKind.PoweredBy, "s/psu-1", new[] { "ups-a" }, at),
            new Relation(RelationKind.PoweredBy, "s/psu-1", new[] { "ups-b" }, at),
            new Relation(RelationKind.PoweredBy, "s/psu-2", new[] { "ups-a", "ups-b" }, at),
            new Relation(RelationKind.PoweredBy, "s/psu-3", new[] { "ups-a" }, at),
            new Relation(RelationKind.CabledTo, "t/nic-1", new[] { "sw-a" }, at),
            new Relation(RelationKind.CabledTo, "t/nic-2", new[] { "sw-a" }, at),
            new Relation(RelationKind.CabledTo, "u/hba-1", new[] { "san-a" }, at),
            new Relation(RelationKind.PoweredBy, "ghost/psu-1", new[] { "ups-a" }, at),
        };
        var model = new DesignModel("Links", components, Array.Empty<ComponentGroup>(), relations, Array.Empty<Acceptance>());

        CompareLinkRules(model);

        // Both servers named s are asked about the first's three PSUs, all on ups-a; t's duplicate NIC name counts twice.
        Assert.Equal(new[] { "s s/psu-1 s/psu-2 s/psu-3 ups-a", "s s/psu-1 s/psu-2 s/psu-3 ups-a" }, Components(new SharedPowerSourceRule(), model));
        Assert.Equal(new[] { "t t/nic-1 t/nic-2 t/nic-1 sw-a" }, Components(new BondOnOneSwitchRule(), model));
        Assert.Equal(new[] { "u u/hba-1 san-a" }, Run(new SingleHbaRule(), model).Select(Describe).ToList());
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Random_designs_get_the_findings_computed_by_name(int seed)
    {
        var builder = new DesignBuilder("Random" + seed);
        new RandomDesignPropertyTests.RandomDesign(new Random(seed)).Describe(builder);
        var model = builder.Build();

        CompareLinkRules(model);
        Assert.Equal(ExpectedHa402(model), Run(new DnsRoundRobinStatefulRule(), model).Select(f => string.Join(" ", f.Components)).ToList());
        Assert.Equal(ExpectedHa408(model), Run(new SlowHealthCheckRule(), model).Select(f => f.Message).ToList());
    }

    // Services in chains (each may depend on the one before), entry points through DNS round
    // robins or load balancers that nest (a server behind one balancer depends on the next),
    // stateful and stateless, peaks that repeat, and a service name declared twice.
    private static DesignModel ManyServices(int count)
    {
        var d = new DesignBuilder("ManyServices");
        var ups = new[] { d.AddUps("ups-a"), d.AddUps("ups-b") };
        var switches = new[] { d.AddSwitch("sw-a"), d.AddSwitch("sw-b") };
        var sans = new[] { d.AddSanSwitch("san-a"), d.AddSanSwitch("san-b") };
        var shared = d.AddServer("shared-db", replicas: 2).WithPowerSupplies(ups[0], ups[0]);
        var sharedLb = d.AddLoadBalancer("shared-lb").WithStandby().HealthCheck(TimeSpan.FromSeconds(45)).Targets(shared);
        ServiceBuilder? previous = null;
        LoadBalancerBuilder? previousLb = null;
        for (var i = 0; i < count; i++)
        {
            var web = d.AddServer($"web{i}", replicas: 2 + (i % 3));
            switch (i % 4)
            {
                case 0: web.WithPowerSupplies(ups[0], ups[0]).WithNics(BondMode.ActiveBackup, switches[0], switches[0]).WithHbas(Multipath.Enabled, sans[1], sans[1]); break;
                case 1: web.WithPowerSupplies(ups[0], ups[1]).WithNics(BondMode.ActiveBackup, switches[0]).WithHbas(Multipath.Enabled, sans[0]); break;
                case 2: web.WithPowerSupplies(ups[1], ups[1], ups[1]).WithNics(BondMode.Lacp, switches[1], switches[1]); break;
                default: web.WithPowerSupplies(ups[1]); break;
            }

            web.DependsOn(i % 5 == 0 ? sharedLb : previousLb ?? sharedLb);
            var service = d.AddService(i % 17 == 3 ? "svc-dup" : $"svc{i}");
            if (i % 2 == 0)
            {
                service.EntryPoint(d.AddDnsName($"www{i}").RoundRobin(web));
            }
            else
            {
                var lb = d.AddLoadBalancer($"lb{i}").WithStandby().Targets(web);
                if (i % 3 != 0)
                {
                    lb.HealthCheck(TimeSpan.FromSeconds(20 + (i % 7) * 10));
                }

                service.EntryPoint(lb);
                previousLb = lb;
            }

            if (i % 3 == 0)
            {
                service.Stateful();
            }

            if (i % 4 != 3)
            {
                service.PeakRequestsPerSecond(100 * (1 + (i % 6)));
            }

            if (previous is not null && i % 6 != 0)
            {
                service.DependsOn(previous);
            }

            previous = service;
        }

        // A DNS round robin deep behind the shared balancer: every service that reaches it is fronted.
        d.AddService("deep").EntryPoint(d.AddDnsName("deep-www").RoundRobin(d.AddServer("deep-web", replicas: 2))).Stateful();
        shared.DependsOn(d.AddDnsName("inner").RoundRobin(d.AddServer("inner-web", replicas: 2)));
        return d.Build();
    }

    private static List<Finding> Run(DesignRule rule, DesignModel model) => rule.Check(new RuleContext(model, Check.Today)).ToList();

    // HA202, HA204, HA308 (all parts on one target) and HA203, HA306 (one part alone), by name.
    private static void CompareLinkRules(DesignModel model)
    {
        bool IsServer(Component c) => c.Kind == ComponentKind.Server && !c.IsPart;
        bool IsUnit(Component c) => c.Kind is not (ComponentKind.PowerSupply or ComponentKind.Fan or ComponentKind.Nic or ComponentKind.Hba
            or ComponentKind.Controller or ComponentKind.Disk or ComponentKind.HotSpare);

        Assert.Equal(AllOnOne(model, IsUnit, ComponentKind.PowerSupply, RelationKind.PoweredBy), Components(new SharedPowerSourceRule(), model));
        Assert.Equal(AllOnOne(model, IsServer, ComponentKind.Nic, RelationKind.CabledTo), Components(new BondOnOneSwitchRule(), model));
        Assert.Equal(AllOnOne(model, IsServer, ComponentKind.Hba, RelationKind.CabledTo), Components(new HbasOnOneFabricRule(), model));
        Assert.Equal(Single(model, IsServer, ComponentKind.Nic, RelationKind.CabledTo, "to"), Run(new SingleNicRule(), model).Select(Describe).ToList());
        Assert.Equal(Single(model, IsServer, ComponentKind.Hba, RelationKind.CabledTo, "to"), Run(new SingleHbaRule(), model).Select(Describe).ToList());
    }

    private static List<string> Components(DesignRule rule, DesignModel model) => Run(rule, model).Select(f => string.Join(" ", f.Components)).ToList();

    // A single-part finding as its components and the link its message names, if any.
    private static string Describe(Finding finding)
    {
        var to = finding.Message.IndexOf(" (to ", StringComparison.Ordinal);
        return string.Join(" ", finding.Components) + (to < 0 ? string.Empty : " " + finding.Message.Substring(to + 5, finding.Message.IndexOf(')', to) - to - 5));
    }

    private static string? LinkOf(DesignModel model, string part, RelationKind link) =>
        model.RelationsFrom(part).FirstOrDefault(r => r.Kind == link && r.Targets.Count > 0)?.Targets[0];

    private static List<string> AllOnOne(DesignModel model, Func<Component, bool> isUnit, ComponentKind kind, RelationKind link)
    {
        var expected = new List<string>();
        foreach (var unit in model.Components.Where(isUnit))
        {
            var parts = model.PartsOf(unit.Name).Where(p => p.Kind == kind).Select(p => p.Name).ToList();
            var targets = parts.Select(p => LinkOf(model, p, link)).Distinct().ToList();
            if (parts.Count >= 2 && targets.Count == 1 && targets[0] is { } target)
            {
                expected.Add(string.Join(" ", new[] { unit.Name }.Concat(parts).Concat(new[] { target })));
            }
        }

        return expected;
    }

    private static List<string> Single(DesignModel model, Func<Component, bool> isUnit, ComponentKind kind, RelationKind link, string word)
    {
        var expected = new List<string>();
        foreach (var unit in model.Components.Where(isUnit))
        {
            var parts = model.PartsOf(unit.Name).Where(p => p.Kind == kind).ToList();
            if (parts.Count == 1)
            {
                var target = LinkOf(model, parts[0].Name, link);
                expected.Add(unit.Name + " " + parts[0].Name + (target is null ? string.Empty : " " + target));
            }
        }

        return expected;
    }

    // What a request to a component reaches, walked by name as the rules once did for each service.
    private static HashSet<string> Reached(DesignModel model, string start)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal) { start };
        var queue = new Queue<string>(reached);
        while (queue.Count > 0)
        {
            foreach (var relation in model.RelationsFrom(queue.Dequeue()))
            {
                if (relation.Kind is not (RelationKind.EntryPoint or RelationKind.Resolves or RelationKind.RoundRobin or RelationKind.Targets
                    or RelationKind.DependsOn or RelationKind.ConnectionPool or RelationKind.ClusterNodes))
                {
                    continue;
                }

                foreach (var target in relation.Targets)
                {
                    var names = model.FindGroup(target) is { } group ? group.Members : new[] { target };
                    foreach (var name in names.Where(n => model.FindComponent(n) is not null && reached.Add(n)))
                    {
                        queue.Enqueue(name);
                    }
                }
            }
        }

        return reached;
    }

    private static IEnumerable<Component> Declared(DesignModel model, ComponentKind kind) => model.Components.Where(c => c.Kind == kind && !c.IsPart);

    private static List<string> ExpectedHa402(DesignModel model)
    {
        var stateful = Declared(model, ComponentKind.Service).Where(s => s.Properties.GetBoolean(PropertyNames.Stateful) == true)
            .Select(s => (s.Name, Reached: Reached(model, s.Name))).ToList();
        var expected = new List<string>();
        foreach (var dns in Declared(model, ComponentKind.DnsName))
        {
            var servers = model.RelationsFrom(dns.Name).Where(r => r.Kind == RelationKind.RoundRobin)
                .SelectMany(r => r.Targets).SelectMany(model.Resolve).Distinct(ReferenceEqualityComparer.Instance).Count();
            var fronted = stateful.Where(s => s.Reached.Contains(dns.Name)).Select(s => s.Name).ToList();
            if (servers >= 2 && fronted.Count > 0)
            {
                expected.Add(string.Join(" ", new[] { dns.Name }.Concat(fronted)));
            }
        }

        return expected;
    }

    // The messages HA408 writes, with the peak found by a walk from every service.
    private static List<string> ExpectedHa408(DesignModel model)
    {
        var services = Declared(model, ComponentKind.Service)
            .Where(s => s.Properties.GetInteger(PropertyNames.PeakRequestsPerSecond) is > 0)
            .Select(s => (s.Name, Rate: s.Properties.GetInteger(PropertyNames.PeakRequestsPerSecond)!.Value, Reached: Reached(model, s.Name)))
            .ToList();
        var expected = new List<string>();
        foreach (var lb in Declared(model, ComponentKind.LoadBalancer))
        {
            var targets = model.RelationsFrom(lb.Name).Where(r => r.Kind == RelationKind.Targets).SelectMany(r => r.Targets).SelectMany(model.Resolve).Distinct(ReferenceEqualityComparer.Instance).Count();
            var seconds = Pools.Seconds(lb.Properties, PropertyNames.HealthCheckSeconds);
            if (targets == 0 || seconds is not { } interval || interval <= SlowHealthCheckRule.MaxIntervalSeconds)
            {
                continue;
            }

            // The highest peak among those that reach it; the first declared of equal peaks.
            var lost = string.Empty;
            var reaching = services.Where(s => s.Reached.Contains(lb.Name)).ToList();
            if (reaching.Count > 0)
            {
                var peak = reaching.First(s => s.Rate == reaching.Max(r => r.Rate));
                lost = $"; at {peak.Name}'s peak of {Units.Count(peak.Rate)} requests/s, up to {Units.Count((long)Math.Round(peak.Rate * interval / targets))} failed requests";
            }

            var share = targets == 1 ? "every request" : $"1 in {Units.Count(targets)} requests";
            expected.Add($"load balancer {lb.Name} health-checks its {Units.Count(targets)} target{(targets == 1 ? string.Empty : "s")} every {Units.Duration(interval)}: a stopped one keeps receiving {share} for up to {Units.Duration(interval)}{lost}; check at least every {Units.Duration(SlowHealthCheckRule.MaxIntervalSeconds)} (HealthCheck(TimeSpan.FromSeconds(5)))");
        }

        return expected;
    }
}
