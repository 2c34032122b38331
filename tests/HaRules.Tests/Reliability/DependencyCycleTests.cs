using System;
using System.Collections.Generic;
using System.Linq;
using HaRules.Model;
using HaRules.Reliability;
using Xunit;

namespace HaRules.Tests.Reliability;

/// <summary>
/// The linear cycle finder against a brute force written from the definition: the strongly
/// connected sets from a transitive closure, each set's earliest-declared member, and the shortest
/// way back by a breadth-first search that tries the earliest-declared member first.
/// </summary>
public sealed class DependencyCycleTests
{
    [Fact]
    public void Random_dependency_graphs_give_the_cycles_of_the_definition()
    {
        var random = new Random(14);
        for (var round = 0; round < 300; round++)
        {
            var count = random.Next(1, 12);
            var density = random.NextDouble() * 0.35;
            var edges = new List<(int From, int To)>();
            for (var from = 0; from < count; from++)
            {
                for (var to = 0; to < count; to++)
                {
                    if (random.NextDouble() < density)
                    {
                        edges.Add((from, to));
                    }
                }
            }

            // Edges declared in a shuffled order: the relation order must not change which way back is taken.
            edges = edges.OrderBy(_ => random.Next()).ToList();
            // Names out of alphabetical order, so declaration order is what decides.
            var names = Enumerable.Range(0, count).OrderBy(_ => random.Next()).Select(i => "c" + i).ToArray();
            var model = Build(names, edges);

            var expected = BruteForce(count, edges).Select(c => c.Select(i => names[i]).ToArray()).ToList();
            var actual = DependencyCycles.Find(model);
            Assert.Equal(expected.Count, actual.Count);
            for (var i = 0; i < expected.Count; i++)
            {
                Assert.Equal(expected[i], actual[i]);
            }
        }
    }

    [Fact]
    public void A_chain_of_two_hundred_thousand_components_closing_on_itself_is_one_cycle_without_recursion()
    {
        const int count = 200_000;
        var d = new DesignBuilder("Chain");
        var builders = Enumerable.Range(0, count).Select(i => d.AddComponent("n" + i)).ToArray();
        for (var i = 0; i < count; i++)
        {
            builders[i].DependsOn(builders[(i + 1) % count]);
        }

        var cycle = Assert.Single(DependencyCycles.Find(d.Build()));
        Assert.Equal(count, cycle.Count);
        Assert.Equal("n0", cycle[0]);
        Assert.Equal("n" + (count - 1), cycle[count - 1]);
    }

    [Fact]
    public void Parts_groups_duplicate_names_and_undeclared_owners_stand_for_the_names_they_resolve_to()
    {
        // a needs the group g (b and c); c's part needs a: a → c → a through the part. b/psu's owner
        // is declared, so b → a is a second way back. ghost/psu names an owner that was never
        // declared: it stands for "ghost", which d needs and which needs d. The second "a" (a
        // duplicate name, HA001) adds no vertex; a relation to "nowhere" adds no edge.
        var at = SourceLocation.None;
        var components = new[]
        {
            new Component("a", ComponentKind.Server, at),
            new Component("b", ComponentKind.Server, at, group: "g"),
            new Component("b/psu", ComponentKind.PowerSupply, at, owner: "b"),
            new Component("c", ComponentKind.Server, at, group: "g"),
            new Component("c/psu", ComponentKind.PowerSupply, at, owner: "c"),
            new Component("a", ComponentKind.Server, at),
            new Component("d", ComponentKind.Server, at),
            new Component("ghost/psu", ComponentKind.PowerSupply, at, owner: "ghost"),
        };
        var groups = new[] { new ComponentGroup("g", ComponentKind.Server, new[] { "b", "c" }, at, 2) };
        var relations = new[]
        {
            new Relation(RelationKind.DependsOn, "a", new[] { "g", "nowhere" }, at),
            new Relation(RelationKind.PoweredBy, "c/psu", new[] { "a" }, at),
            new Relation(RelationKind.PoweredBy, "b/psu", new[] { "a" }, at),
            new Relation(RelationKind.DependsOn, "d", new[] { "ghost/psu" }, at),
            new Relation(RelationKind.PoweredBy, "ghost/psu", new[] { "d" }, at),
        };
        var model = new DesignModel("Names", components, groups, relations, Array.Empty<Acceptance>());

        var cycles = DependencyCycles.Find(model);

        // One strongly connected set {a, b, c} from a (declared first), the shortest way back through
        // b (declared before c); then {d, ghost} from d, the declared one.
        Assert.Equal(2, cycles.Count);
        Assert.Equal(new[] { "a", "b" }, cycles[0]);
        Assert.Equal(new[] { "d", "ghost" }, cycles[1]);
    }

    private static DesignModel Build(string[] names, List<(int From, int To)> edges)
    {
        var d = new DesignBuilder("Random");
        var builders = names.Select(n => d.AddComponent(n)).ToArray();
        foreach (var (from, to) in edges)
        {
            builders[from].DependsOn(builders[to]);
        }

        return d.Build();
    }

    // Vertices are declaration indices, so "earliest declared" is the smallest index.
    private static List<int[]> BruteForce(int count, List<(int From, int To)> edges)
    {
        var reach = new bool[count, count];
        foreach (var (from, to) in edges)
        {
            reach[from, to] = true;
        }

        for (var k = 0; k < count; k++)
        {
            for (var i = 0; i < count; i++)
            {
                for (var j = 0; j < count; j++)
                {
                    reach[i, j] |= reach[i, k] && reach[k, j];
                }
            }
        }

        var cycles = new List<int[]>();
        for (var start = 0; start < count; start++)
        {
            // A set is reported from its smallest member: skip a vertex with a smaller one in its set.
            var set = Enumerable.Range(0, count).Where(v => v == start ? reach[start, start] : reach[start, v] && reach[v, start]).ToHashSet();
            if (!set.Contains(start) || set.Any(v => v < start))
            {
                continue;
            }

            var parent = new Dictionary<int, int>();
            var queue = new Queue<int>();
            queue.Enqueue(start);
            int[]? found = null;
            while (found is null && queue.Count > 0)
            {
                var current = queue.Dequeue();
                foreach (var next in edges.Where(e => e.From == current && set.Contains(e.To)).Select(e => e.To).Distinct().OrderBy(v => v))
                {
                    if (next == start)
                    {
                        var path = new List<int> { current };
                        while (path[^1] != start)
                        {
                            path.Add(parent[path[^1]]);
                        }

                        path.Reverse();
                        found = path.ToArray();
                        break;
                    }

                    if (!parent.ContainsKey(next))
                    {
                        parent[next] = current;
                        queue.Enqueue(next);
                    }
                }
            }

            cycles.Add(found!);
        }

        return cycles;
    }
}
