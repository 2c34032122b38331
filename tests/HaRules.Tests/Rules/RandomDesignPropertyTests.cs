using System;
using System.Collections.Generic;
using System.Linq;
using HaRules.Checking;
using HaRules.Tests.Support;
using Xunit;

namespace HaRules.Tests.Rules;

/// <summary>
/// Property: whatever the language can express (random kinds, counts including zero and negative,
/// random and foreign references, pairs, replica groups, duplicate names), checking never throws
/// and no rule fails (HA006).
/// </summary>
public sealed class RandomDesignPropertyTests
{
    public static IEnumerable<object[]> Seeds() => Enumerable.Range(0, 400).Select(i => new object[] { i });

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Checking_a_random_design_never_throws_and_no_rule_fails(int seed)
    {
        var builder = new DesignBuilder("Random" + seed);
        new RandomDesign(new Random(seed)).Describe(builder);
        var model = builder.Build();

        var result = DesignChecker.Check(model, new CheckOptions { Today = Check.Today });

        var failures = result.Findings.Where(f => f.RuleId == "HA006").Select(f => f.Message).ToList();
        Assert.Empty(failures);
    }

    [Fact]
    public void The_random_designs_reach_most_targeted_rules()
    {
        var fired = new HashSet<string>(StringComparer.Ordinal);
        foreach (var seed in Enumerable.Range(0, 400))
        {
            var builder = new DesignBuilder("Random" + seed);
            new RandomDesign(new Random(seed)).Describe(builder);
            fired.UnionWith(DesignChecker.Check(builder.Build(), new CheckOptions { Today = Check.Today }).Findings.Select(f => f.RuleId));
        }

        // The generator is only worth its run time if the rules see designs they fire on.
        var targeted = fired.Where(id => string.CompareOrdinal(id, "HA200") > 0).OrderBy(id => id, StringComparer.Ordinal).ToList();
        Assert.True(targeted.Count >= 25, "fired: " + string.Join(", ", targeted));
    }

    /// <summary>Declares random components and random relations between them.</summary>
    internal sealed class RandomDesign
    {
        private static readonly string[] Names = { "a", "b", "c", "web", "db", "sw", "x/y", "", "lu", "rg", "fw", "lb" };

        private readonly Random _random;
        private readonly DesignBuilder _foreign = new("Foreign");
        private readonly List<PowerFeedBuilder> _feeds = new();
        private readonly List<UpsBuilder> _upses = new();
        private readonly List<RackBuilder> _racks = new();
        private readonly List<SwitchBuilder> _switches = new();
        private readonly List<SanSwitchBuilder> _sans = new();
        private readonly List<FirewallBuilder> _firewalls = new();
        private readonly List<LoadBalancerBuilder> _balancers = new();
        private readonly List<RouterBuilder> _routers = new();
        private readonly List<StorageArrayBuilder> _arrays = new();
        private readonly List<RaidGroupBuilder> _groups = new();
        private readonly List<VolumeBuilder> _volumes = new();
        private readonly List<ServerBuilder> _servers = new();
        private readonly List<DatabaseClusterBuilder> _clusters = new();
        private readonly List<DnsNameBuilder> _dns = new();
        private readonly List<ComponentBuilder> _all = new();

        public RandomDesign(Random random) => _random = random;

        public void Describe(DesignBuilder d)
        {
            var steps = _random.Next(5, 70);
            for (var i = 0; i < steps; i++)
            {
                Step(d);
            }
        }

        private void Step(DesignBuilder d)
        {
            switch (_random.Next(16))
            {
                case 0:
                    Keep(_feeds, d.AddPowerFeed(Name()));
                    break;
                case 1:
                    Keep(_upses, d.AddUps(Name()).FedBy(Some(_feeds)));
                    break;
                case 2:
                    Keep(_racks, d.AddRack(Name()));
                    break;
                case 3:
                    Keep(_switches, Hardware(d.AddSwitch(Name())));
                    break;
                case 4:
                    Keep(_sans, Hardware(d.AddSanSwitch(Name())));
                    break;
                case 5:
                    var fw = Hardware(d.AddFirewall(Name())).ConnectedTo(Some(_switches));
                    if (Chance())
                    {
                        fw.WithStandby(stateSync: Chance());
                    }

                    if (Chance())
                    {
                        fw.IdleTimeout(TimeSpan.FromMinutes(_random.Next(-5, 90)));
                    }

                    Keep(_firewalls, fw);
                    break;
                case 6:
                    Keep(_balancers, LoadBalancer(d));
                    break;
                case 7:
                    var router = Hardware(d.AddRouter(Name()));
                    if (Chance())
                    {
                        router.WithStandby();
                    }

                    Keep(_routers, router.ConnectedTo(Some(_switches)));
                    break;
                case 8:
                    Keep(_arrays, Hardware(d.AddStorageArray(Name())).WithControllers(Count()).ConnectedTo(Some(_sans)));
                    break;
                case 9:
                    if (One(_arrays) is { } array)
                    {
                        var level = (RaidLevel)_random.Next(7);
                        int? legs = Chance() ? _random.Next(-1, 4) : null;
                        var group = array.AddRaidGroup(Name(), level, disks: _random.Next(-2, 13), diskSize: DataSize.Terabytes(_random.Next(-1, 5) * 0.6), diskIops: _random.Next(-10, 300), legs: legs);
                        if (Chance())
                        {
                            group.WithHotSpares(_random.Next(-1, 3));
                        }

                        if (Chance())
                        {
                            group.Workload(iops: _random.Next(-100, 3000), readRatio: (_random.NextDouble() * 1.4) - 0.2);
                        }

                        if (Chance())
                        {
                            group.ReadErrorRate(Chance() ? 1e-14 : double.NaN).RebuildRate(_random.Next(-1, 3) * 1e8).ReplacementTime(TimeSpan.FromHours(_random.Next(-1, 48)));
                        }

                        Keep(_groups, group);
                    }

                    break;
                case 10:
                    if (One(_groups) is { } rg)
                    {
                        Keep(_volumes, rg.AddVolume(Name(), DataSize.Terabytes(_random.Next(-1, 6))));
                    }

                    break;
                case 11:
                    Keep(_servers, Server(d));
                    break;
                case 12:
                    Keep(_clusters, Cluster(d));
                    break;
                case 13:
                    var dns = d.AddDnsName(Name());
                    if (Chance())
                    {
                        dns.RoundRobin(Some(_servers));
                    }
                    else if (One(_all) is { } target)
                    {
                        dns.Resolves(target);
                    }

                    Keep(_dns, dns);
                    break;
                case 14:
                    var backup = d.AddBackup(Name());
                    if (One(_volumes) is { } source)
                    {
                        backup.Of(source);
                    }
                    else if (One(_clusters) is { } cluster)
                    {
                        backup.Of(cluster);
                    }

                    if (One(_volumes) is { } to)
                    {
                        backup.To(to);
                    }

                    Keep(new List<BackupBuilder>(), backup.Every(TimeSpan.FromHours(_random.Next(-1, 48))));
                    break;
                default:
                    var service = d.AddService(Name());
                    if (One(_all) is { } entry)
                    {
                        service.EntryPoint(entry);
                    }

                    if (Chance())
                    {
                        service.Stateful();
                    }

                    Keep(new List<ServiceBuilder>(), service.PeakConcurrentRequests(_random.Next(-5, 2000)).TolerateFailures(_random.Next(-1, 3)).AvailabilityTarget(_random.NextDouble()));
                    break;
            }

            // Now and then a dependency of any shape between any two components (cycles included).
            if (Chance() && One(_all) is { } from && from is ServerBuilder server)
            {
                var targets = Some(_all);
                switch (_random.Next(3))
                {
                    case 0:
                        server.DependsOn(targets);
                        break;
                    case 1:
                        server.DependsOnAnyOf(targets);
                        break;
                    default:
                        server.DependsOnAtLeast(_random.Next(-1, targets.Length + 2), targets);
                        break;
                }
            }
        }

        private ServerBuilder Server(DesignBuilder d)
        {
            var server = d.AddServer(Name(), replicas: Chance() ? _random.Next(-1, 5) : null);
            Hardware(server);
            if (Chance())
            {
                server.WithFans(_random.Next(-1, 4));
            }

            if (Chance())
            {
                server.WithNics((BondMode)_random.Next(4), Some(_switches));
            }

            if (Chance())
            {
                server.WithHbas((Multipath)_random.Next(2), Some(_sans));
            }

            if (Chance())
            {
                server.SpreadAcross(Some(_racks));
            }

            if (Chance())
            {
                server.RunsWebServer(_random.Next(-1, 500));
            }

            if (Chance())
            {
                server.RunsAppServer((SessionReplication)_random.Next(3));
            }

            if (Chance() && One(_clusters) is { } db)
            {
                server.ConnectsTo(db, pool =>
                {
                    if (Chance())
                    {
                        pool.Min(_random.Next(-5, 50));
                    }

                    if (Chance())
                    {
                        pool.Max(_random.Next(-5, 50));
                    }

                    if (Chance())
                    {
                        pool.IdleTimeout(TimeSpan.FromMinutes(_random.Next(-5, 90)));
                    }

                    if (Chance())
                    {
                        pool.KeepAlive(TimeSpan.FromMinutes(_random.Next(-5, 90)));
                    }

                    pool.Through(Some(_firewalls));
                });
            }

            return server;
        }

        private LoadBalancerBuilder LoadBalancer(DesignBuilder d)
        {
            var lb = Hardware(d.AddLoadBalancer(Name())).ConnectedTo(Some(_switches));
            if (Chance())
            {
                lb.WithStandby();
            }

            if (Chance())
            {
                lb.HealthCheck(TimeSpan.FromSeconds(_random.Next(-2, 10)));
            }

            if (Chance())
            {
                lb.Persistence((SessionPersistence)_random.Next(3));
            }

            return lb.Algorithm((LoadBalancing)_random.Next(3)).Targets(Some(_all));
        }

        private DatabaseClusterBuilder Cluster(DesignBuilder d)
        {
            var cluster = d.AddDatabaseCluster(Name(), (ClusterMode)_random.Next(3)).Nodes(Some(_servers));
            if (One(_volumes) is { } storage && Chance())
            {
                cluster.SharedStorage(storage);
            }

            if (Chance())
            {
                cluster.Heartbeat(Some(_switches));
            }

            if (One(_volumes) is { } quorum && Chance())
            {
                cluster.QuorumDevice(quorum);
            }

            if (One(_all) is { } witness && Chance())
            {
                cluster.Witness(witness);
            }

            if (Chance())
            {
                cluster.Fencing();
            }

            if (Chance())
            {
                cluster.MaxConnections(_random.Next(-5, 300)).Workload(readRatio: _random.NextDouble());
            }

            if (Chance())
            {
                cluster.Partitions(_random.Next(-1, 9), replicas: _random.Next(-1, 4));
            }

            return cluster;
        }

        private T Hardware<T>(T builder)
            where T : HardwareBuilder<T>
        {
            if (Chance())
            {
                var sources = Enumerable.Range(0, _random.Next(0, 4)).Select(_ => PowerSource()).ToArray();
                builder.WithPowerSupplies(sources);
            }

            if (Chance() && One(_racks) is { } rack)
            {
                builder.InRack(rack);
            }

            if (Chance())
            {
                builder.Availability(_random.NextDouble()).Accept("HA201", Chance() ? "fine" : string.Empty);
            }

            return builder;
        }

        private IPowerSource PowerSource()
        {
            var pick = _random.Next(4);
            return pick switch
            {
                0 when One(_upses) is { } ups => ups,
                1 when One(_feeds) is { } feed => feed,
                2 => _foreign.AddUps("foreign-ups"),
                _ => null!,
            };
        }

        private void Keep<T>(List<T> list, T builder)
            where T : ComponentBuilder
        {
            list.Add(builder);
            _all.Add(builder);
        }

        private string Name() => _random.Next(3) == 0 ? Names[_random.Next(Names.Length)] : "c" + _random.Next(1000);

        private bool Chance() => _random.Next(2) == 0;

        private int Count() => _random.Next(-1, 4);

        private T? One<T>(List<T> list)
            where T : class =>
            list.Count == 0 ? null : list[_random.Next(list.Count)];

        // Random members, now and then a null or a reference to another design.
        private T[] Some<T>(List<T> list)
            where T : ComponentBuilder
        {
            var count = _random.Next(0, 4);
            var result = new T[count];
            for (var i = 0; i < count; i++)
            {
                result[i] = _random.Next(8) == 0 || list.Count == 0 ? null! : list[_random.Next(list.Count)];
            }

            return result;
        }
    }
}
