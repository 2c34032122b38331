using System;
using System.Collections.Generic;
using System.Linq;
using HaRules.Model;
using HaRules.Reliability;
using Xunit;

namespace HaRules.Tests.Reliability;

/// <summary>
/// The dependency edges (counted and filled in place, group members resolved once per group)
/// against a plain reading of the definition: per relation that is a run dependency, its source's
/// top-level owner needs the top-level owner of every component each target resolves to (by the
/// model's Resolve), rows in relation order with repeats dropped.
/// </summary>
public sealed class DependencyEdgesTests
{
    [Fact]
    public void Random_models_with_parts_groups_duplicates_and_unknown_names_give_the_edges_of_the_definition()
    {
        var random = new Random(1406);
        for (var round = 0; round < 400; round++)
        {
            var model = RandomModel(random);
            var edges = DependencyEdges.Of(model);

            var expected = Expected(model, edges.Names);
            for (var v = 0; v < edges.Names.Length; v++)
            {
                var actual = edges.Targets[edges.Start[v]..edges.Start[v + 1]].Select(t => edges.Names[t]).ToArray();
                Assert.Equal(expected.TryGetValue(edges.Names[v], out var row) ? row.ToArray() : Array.Empty<string>(), actual);
            }

            // Every name an edge touches is a vertex, declared ones first in declaration order.
            var declared = model.Components.Where(c => !c.IsPart).Select(c => c.Name).Distinct().ToArray();
            Assert.Equal(declared, edges.Names.Take(edges.DeclaredCount));
            Assert.Equal(edges.Names.Length, edges.Names.Distinct().Count());
            Assert.True(expected.Keys.All(edges.Names.Contains));
        }
    }

    // Rows by source name, each in relation order without repeats, read with the model's string lookups.
    private static Dictionary<string, List<string>> Expected(DesignModel model, string[] names)
    {
        var rows = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var relation in model.Relations.Where(r => DependencyEdges.IsRunDependency(r.Kind)))
        {
            var from = model.TopLevelOwner(relation.From);
            if (!rows.TryGetValue(from, out var row))
            {
                rows.Add(from, row = new List<string>());
            }

            foreach (var target in relation.Targets.Concat(relation.Via))
            {
                foreach (var component in model.Resolve(target))
                {
                    var to = model.TopLevelOwner(component.Name);
                    if (!row.Contains(to))
                    {
                        row.Add(to);
                    }
                }
            }
        }

        return rows;
    }

    private static DesignModel RandomModel(Random random)
    {
        var at = SourceLocation.None;
        var names = Enumerable.Range(0, random.Next(1, 9)).Select(i => "c" + random.Next(0, 12)).ToList();
        var components = new List<Component>();
        foreach (var name in names)
        {
            components.Add(new Component(name, ComponentKind.Server, at));
            for (var p = random.Next(0, 3); p > 0; p--)
            {
                // A part's owner is its component, or (now and then) a name never declared.
                var owner = random.Next(6) == 0 ? "ghost" + random.Next(3) : name;
                components.Add(new Component(owner + "/psu-" + p, ComponentKind.PowerSupply, at, owner: owner));
            }
        }

        components = components.OrderBy(_ => random.Next()).ToList();
        var groups = Enumerable.Range(0, random.Next(0, 3))
            .Select(g => new ComponentGroup(
                "g" + g,
                ComponentKind.Server,
                Enumerable.Range(0, random.Next(0, 4)).Select(_ => Pick(random, components, "missing")).ToArray(),
                at,
                1))
            .ToArray();
        var kinds = new[] { RelationKind.DependsOn, RelationKind.PoweredBy, RelationKind.Heartbeat, RelationKind.BackupOf };
        var relations = new List<Relation>();
        for (var r = random.Next(0, 14); r > 0; r--)
        {
            var from = Pick(random, components, "ghost0");
            var targets = Enumerable.Range(0, random.Next(1, 4))
                .Select(_ => random.Next(4) == 0 && groups.Length > 0 ? groups[random.Next(groups.Length)].Name : Pick(random, components, "nowhere"))
                .ToArray();
            var via = random.Next(3) == 0 ? new[] { Pick(random, components, "nowhere") } : Array.Empty<string>();
            relations.Add(new Relation(kinds[random.Next(kinds.Length)], from, targets, at, via: via));
        }

        return new DesignModel("Random", components.ToArray(), groups, relations.ToArray(), Array.Empty<Acceptance>());
    }

    private static string Pick(Random random, List<Component> components, string other) =>
        random.Next(8) == 0 ? other : components[random.Next(components.Count)].Name;
}
