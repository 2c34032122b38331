using System;
using System.Collections.Generic;
using System.Linq;
using HaRules.Reliability;
using Xunit;

namespace HaRules.Tests.Reliability;

/// <summary>
/// Random designs written in the design language, checked against an independent reading of that
/// language written here (not the engine's model or graph): what each declaration needs to run,
/// as the design language's documentation states it. A UPS needs itself; a generic component
/// itself (unless declared with availability 1) and its dependencies; a server itself, any one of
/// its PSUs (each PSU itself and its UPS) and its dependencies; a replica group as a target runs
/// while any one replica runs; DependsOn needs all targets, DependsOnAnyOf one, DependsOnAtLeast(k)
/// k of them (all when k is more than there are). From that reading, by brute force over the
/// components that can fail: each service's single points of failure, its minimal cut sets of
/// order 1 and 2, and the blast radius of every component.
/// </summary>
public sealed class RandomDesignTests
{
    public static IEnumerable<object[]> Batches() => Enumerable.Range(0, 10).Select(b => new object[] { b });

    [Theory]
    [MemberData(nameof(Batches))]
    public void Single_points_of_failure_pairs_and_blast_radius_match_an_independent_reading(int batch)
    {
        var singleCount = 0;
        var pairCount = 0;
        for (var i = 0; i < 30; i++)
        {
            var seed = 500_000 + (batch * 30) + i;
            var spec = RandomSpec.Create(seed);
            var design = new DesignBuilder("Random" + seed);
            spec.Describe(design);
            var analysis = ReliabilityAnalysis.Analyze(design.Build());
            var events = spec.Events();
            var stops = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var service in spec.Services)
            {
                var actual = analysis.FindService(service.Name)!;
                var where = $"seed {seed}, service {service.Name}";
                var down = !spec.Runs(service, new HashSet<string>(StringComparer.Ordinal));
                Assert.True(down == actual.AlwaysDown, $"{where}: always down");
                var singles = down ? new List<string>() : events.Where(e => !spec.Runs(service, Set(e))).OrderBy(e => e, StringComparer.Ordinal).ToList();
                Assert.True(singles.SequenceEqual(actual.SinglePointsOfFailure), $"{where}: [{string.Join(", ", actual.SinglePointsOfFailure)}] instead of [{string.Join(", ", singles)}]");
                foreach (var e in singles)
                {
                    if (!stops.TryGetValue(e, out var list))
                    {
                        stops.Add(e, list = new List<string>());
                    }

                    list.Add(service.Name);
                }

                var expected = new List<string>(singles);
                if (!down)
                {
                    for (var a = 0; a < events.Count; a++)
                    {
                        for (var b = a + 1; b < events.Count; b++)
                        {
                            if (!singles.Contains(events[a]) && !singles.Contains(events[b]) && !spec.Runs(service, Set(events[a], events[b])))
                            {
                                var pair = new[] { events[a], events[b] }.OrderBy(n => n, StringComparer.Ordinal);
                                expected.Add(string.Join("+", pair));
                            }
                        }
                    }
                }

                singleCount += singles.Count;
                pairCount += expected.Count - singles.Count;
                var listed = actual.MinimalCutSets.Where(s => s.Count > 0).Select(s => string.Join("+", s)).ToList();
                Assert.True(actual.MinimalCutSetsComplete, where);
                Assert.True(
                    expected.OrderBy(s => s, StringComparer.Ordinal).SequenceEqual(listed.OrderBy(s => s, StringComparer.Ordinal)),
                    $"{where}: [{string.Join(" ", listed)}] instead of [{string.Join(" ", expected)}]");
            }

            // Blast radius: every component that can fail, with the services it alone stops.
            Assert.Equal(events.OrderBy(e => e, StringComparer.Ordinal), analysis.BlastRadius.Select(b => b.Component));
            foreach (var radius in analysis.BlastRadius)
            {
                var expected = stops.TryGetValue(radius.Component, out var list) ? list.OrderBy(n => n, StringComparer.Ordinal) : Enumerable.Empty<string>();
                Assert.True(expected.SequenceEqual(radius.Services), $"seed {seed}, {radius.Component}: [{string.Join(", ", radius.Services)}]");
            }
        }

        // Guards the test's value: the designs have single points of failure and pairs to find.
        Assert.True(singleCount > 10 && pairCount > 10, $"{singleCount} single points, {pairCount} pairs");
    }

    private static HashSet<string> Set(params string[] names) => new(names, StringComparer.Ordinal);

    /// <summary>One random design as plain data, described through the design language and read independently.</summary>
    private sealed class RandomSpec
    {
        private readonly List<Item> _items = new();

        public List<Item> Services { get; } = new();

        public static RandomSpec Create(int seed)
        {
            var random = new Random(seed);
            var spec = new RandomSpec();
            var upses = random.Next(0, 4);
            for (var u = 0; u < upses; u++)
            {
                spec._items.Add(new Item($"ups-{(char)('a' + u)}", ItemKind.Ups, 1));
            }

            var count = random.Next(2, 9);
            for (var i = 0; i < count; i++)
            {
                var roll = random.Next(10);
                var kind = roll < 4 ? ItemKind.Generic : roll < 5 ? ItemKind.Logical : ItemKind.Server;
                var replicas = kind == ItemKind.Server && random.Next(3) == 0 ? random.Next(2, 4) : 1;
                var item = new Item($"c{i}", kind, replicas);
                if (kind == ItemKind.Server && upses > 0)
                {
                    var psus = random.Next(0, Math.Min(upses, 2) + 1);
                    item.Ups.AddRange(Enumerable.Range(0, upses).OrderBy(_ => random.Next()).Take(psus).Select(u => spec._items[u]));
                }

                spec.AddClauses(item, random);
                spec._items.Add(item);
            }

            for (var s = 0; s < random.Next(1, 4); s++)
            {
                var service = new Item($"svc-{s}", ItemKind.Service, 1);
                spec.AddClauses(service, random);
                if (service.Clauses.Count == 0)
                {
                    service.Clauses.Add(new Clause(Mode.All, 0, new List<Item> { spec._items[spec._items.Count - 1] }));
                }

                spec.Services.Add(service);
            }

            return spec;
        }

        /// <summary>The components that can fail, by name.</summary>
        public List<string> Events()
        {
            var result = new List<string>();
            foreach (var item in _items)
            {
                foreach (var unit in item.Units())
                {
                    if (item.Kind != ItemKind.Logical)
                    {
                        result.Add(unit);
                    }

                    if (item.Kind == ItemKind.Server)
                    {
                        result.AddRange(item.Ups.Select((_, p) => $"{unit}/psu-{p + 1}"));
                    }
                }
            }

            return result;
        }

        public void Describe(DesignBuilder design)
        {
            var built = new Dictionary<Item, ComponentBuilder>();
            foreach (var item in _items)
            {
                ComponentBuilder builder;
                switch (item.Kind)
                {
                    case ItemKind.Ups:
                        builder = Apply(design.AddUps(item.Name), item, built);
                        break;
                    case ItemKind.Server:
                        var server = design.AddServer(item.Name, replicas: item.Replicas > 1 ? item.Replicas : null);
                        if (item.Ups.Count > 0)
                        {
                            server.WithPowerSupplies(item.Ups.Select(u => (UpsBuilder)built[u]).ToArray());
                        }

                        builder = Apply(server, item, built);
                        break;
                    case ItemKind.Logical:
                        builder = Apply(design.AddComponent(item.Name).Availability(1.0), item, built);
                        break;
                    default:
                        builder = Apply(design.AddComponent(item.Name), item, built);
                        break;
                }

                built.Add(item, builder);
            }

            foreach (var service in Services)
            {
                Apply(design.AddService(service.Name), service, built);
            }
        }

        /// <summary>The independent reading: does this item run while the named components are down?</summary>
        public bool Runs(Item item, HashSet<string> failed) => item.Kind switch
        {
            ItemKind.Service => Clauses(item, failed),
            _ => item.Units().Any(unit => UnitRuns(item, unit, failed)),
        };

        private bool UnitRuns(Item item, string unit, HashSet<string> failed)
        {
            if (item.Kind != ItemKind.Logical && failed.Contains(unit))
            {
                return false;
            }

            // Any one PSU with its UPS; a server without PSUs is not judged on power.
            if (item.Kind == ItemKind.Server && item.Ups.Count > 0
                && !item.Ups.Select((ups, p) => !failed.Contains($"{unit}/psu-{p + 1}") && Runs(ups, failed)).Any(up => up))
            {
                return false;
            }

            return Clauses(item, failed);
        }

        private bool Clauses(Item item, HashSet<string> failed)
        {
            foreach (var clause in item.Clauses)
            {
                var running = clause.Targets.Count(t => Runs(t, failed));
                var needed = clause.Mode switch
                {
                    Mode.All => clause.Targets.Count,
                    Mode.Any => 1,
                    _ => Math.Min(clause.K, clause.Targets.Count),
                };
                if (running < needed)
                {
                    return false;
                }
            }

            return true;
        }

        private void AddClauses(Item item, Random random)
        {
            var candidates = _items.Where(x => x.Kind != ItemKind.Ups || random.Next(2) == 0).ToList();
            if (candidates.Count == 0)
            {
                return;
            }

            for (var c = random.Next(0, 3); c > 0; c--)
            {
                // Distinct targets within a clause; the same target may come back in another clause.
                var targets = candidates.OrderBy(_ => random.Next()).Take(random.Next(1, Math.Min(4, candidates.Count) + 1)).ToList();
                var mode = (Mode)random.Next(3);
                item.Clauses.Add(new Clause(mode, mode == Mode.AtLeast ? random.Next(1, targets.Count + 2) : 0, targets));
            }
        }

        private static T Apply<T>(T builder, Item item, Dictionary<Item, ComponentBuilder> built)
            where T : ComponentBuilder<T>
        {
            foreach (var clause in item.Clauses)
            {
                var targets = clause.Targets.Select(t => built[t]).ToArray();
                _ = clause.Mode switch
                {
                    Mode.All => builder.DependsOn(targets),
                    Mode.Any => builder.DependsOnAnyOf(targets),
                    _ => builder.DependsOnAtLeast(clause.K, targets),
                };
            }

            return builder;
        }
    }

    private enum ItemKind
    {
        Ups,
        Generic,
        Logical,
        Server,
        Service,
    }

    private enum Mode
    {
        All,
        Any,
        AtLeast,
    }

    private sealed class Item
    {
        public Item(string name, ItemKind kind, int replicas)
        {
            Name = name;
            Kind = kind;
            Replicas = replicas;
        }

        public string Name { get; }

        public ItemKind Kind { get; }

        public int Replicas { get; }

        public List<Item> Ups { get; } = new();

        public List<Clause> Clauses { get; } = new();

        /// <summary>The names of its units: web-1, web-2 for a group of replicas, the name itself otherwise.</summary>
        public IEnumerable<string> Units() => Replicas > 1 ? Enumerable.Range(1, Replicas).Select(r => $"{Name}-{r}") : new[] { Name };
    }

    private sealed class Clause
    {
        public Clause(Mode mode, int k, List<Item> targets)
        {
            Mode = mode;
            K = k;
            Targets = targets;
        }

        public Mode Mode { get; }

        public int K { get; }

        public List<Item> Targets { get; }
    }
}
