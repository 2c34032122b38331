using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using HaRules.Model;
using HaRules.Reporting.Html;

namespace HaRules.Reporting.Markdown;

/// <summary>
/// The topology as Mermaid flowcharts that stay within what GitHub renders. One node per replica
/// group (<c>web ×4</c>) and per other declared component (parts are drawn as their owner), one
/// edge per kind of relation between two nodes. Node IDs are generated (<c>n0</c>, <c>n1</c>…) and
/// labels escaped, so no name can inject Mermaid syntax. The flagged components (single points of
/// failure; a part counts as its owner, a replica as its group) are highlighted.
/// <para>
/// Up to <see cref="DetailNodes"/> nodes (and at most <see cref="MaxEdges"/> edges, within the
/// character budget) the diagram is drawn whole. Past that a summary diagram of the tiers comes
/// first (each tier's components and single points of failure, one edge per pair of tiers with the
/// number of relations), and the detailed diagram follows folded in <c>&lt;details&gt;</c>, cut to
/// at most <see cref="MaxEdges"/> edges and the budget, with a line saying what it left out.
/// </para>
/// </summary>
internal static class MermaidDiagram
{
    /// <summary>Mermaid stops rendering a flowchart with more edges than this.</summary>
    public const int MaxEdges = 500;

    /// <summary>Nodes (after collapsing replica groups) drawn without a summary first.</summary>
    public const int DetailNodes = 60;

    /// <summary>The most characters the diagrams of one design take when the report has room.</summary>
    public const int MaxChars = 20_000;

    private const string SpofClass = "  classDef spof fill:#fdd,stroke:#c00,stroke-width:3px\n";

    /// <summary>Writes the diagram(s) of a design, at most <paramref name="budget"/> characters.</summary>
    public static void Write(StringBuilder md, DesignModel model, IReadOnlyCollection<string>? flagged = null, int budget = MaxChars)
    {
        var graph = Collapsed.Of(model, flagged ?? Array.Empty<string>());
        if (graph.Nodes.Count == 0)
        {
            return;
        }

        budget = Math.Min(budget, MaxChars);
        if (graph.Nodes.Count <= DetailNodes && graph.Edges.Count <= MaxEdges)
        {
            var whole = Flowchart(graph, graph.Nodes.Count, graph.Edges.Count, out _, out _);
            if (whole.Length <= budget)
            {
                md.Append(whole);
                return;
            }
        }

        var summary = Summary(graph);
        if (summary.Length > budget)
        {
            md.Append("The diagram is left out here to keep the report within GitHub's size limit; the HTML report draws every component.\n");
            return;
        }

        md.Append("A summary of the tiers (").Append(N(graph.Nodes.Count)).Append(" nodes after folding replica groups and parts, ")
            .Append(N(graph.Edges.Count)).Append(" edges); the detailed diagram is folded below.\n\n");
        md.Append(summary);

        // The details: the largest prefix (single points of failure first, then by tier) within the budget and the edge limit.
        var room = budget - summary.Length - 400;
        var nodes = graph.Nodes.Count;
        string detail;
        int shownNodes;
        int shownEdges;
        while (true)
        {
            detail = Flowchart(graph, nodes, MaxEdges, out shownNodes, out shownEdges);
            if (detail.Length <= room || nodes <= 1)
            {
                break;
            }

            nodes = Math.Max(1, (int)(nodes * Math.Min(0.9, (double)room / detail.Length)));
        }

        if (detail.Length > room)
        {
            md.Append("\nThe detailed diagram is left out here to keep the report within GitHub's size limit; the HTML report draws every component.\n");
            return;
        }

        md.Append("\n<details><summary>Detailed diagram</summary>\n\n").Append(detail).Append("\n</details>\n");
        if (shownNodes < graph.Nodes.Count || shownEdges < graph.Edges.Count)
        {
            md.Append("\nThe detailed diagram shows ").Append(N(shownNodes)).Append(" of ").Append(N(graph.Nodes.Count)).Append(" nodes and ")
                .Append(N(shownEdges)).Append(" of ").Append(N(graph.Edges.Count))
                .Append(" edges (single points of failure first, then by tier; Mermaid draws at most 500 edges, and the report stays within GitHub's size limit); left out: ")
                .Append(N(graph.Nodes.Count - shownNodes)).Append(" nodes and ").Append(N(graph.Edges.Count - shownEdges))
                .Append(" edges. The HTML report draws every component.\n");
        }
    }

    /// <summary>A flowchart of the first <paramref name="nodeCount"/> nodes and at most <paramref name="edgeLimit"/> edges between them.</summary>
    private static string Flowchart(Collapsed graph, int nodeCount, int edgeLimit, out int shownNodes, out int shownEdges)
    {
        var text = new StringBuilder();
        text.Append("```mermaid\nflowchart TD\n");
        var included = new bool[graph.Nodes.Count];
        var rank = graph.Rank;
        for (var r = 0; r < nodeCount; r++)
        {
            included[rank[r]] = true;
        }

        for (var i = 0; i < graph.Nodes.Count; i++)
        {
            if (included[i])
            {
                var node = graph.Nodes[i];
                text.Append("  n").Append(N(i, plain: true)).Append("[\"").Append(MermaidText.Label(node.Label)).Append("<br/>").Append(MermaidText.Label(node.Kind)).Append("\"]\n");
            }
        }

        shownEdges = 0;
        foreach (var (from, to, kind) in graph.Edges)
        {
            if (shownEdges == edgeLimit)
            {
                break;
            }

            if (included[from] && included[to])
            {
                text.Append("  n").Append(N(from, plain: true)).Append(" -->|").Append(kind).Append("| n").Append(N(to, plain: true)).Append('\n');
                shownEdges++;
            }
        }

        var highlighted = Enumerable.Range(0, graph.Nodes.Count).Where(i => included[i] && graph.Nodes[i].Flagged).ToList();
        if (highlighted.Count > 0)
        {
            text.Append(SpofClass);
            text.Append("  class ").Append(string.Join(",", highlighted.Select(i => "n" + N(i, plain: true)))).Append(" spof\n");
        }

        text.Append("```\n");
        shownNodes = nodeCount;
        return text.ToString();
    }

    /// <summary>One node per tier present, with its counts; one edge per pair of tiers related, with the number of edges.</summary>
    private static string Summary(Collapsed graph)
    {
        var text = new StringBuilder();
        text.Append("```mermaid\nflowchart TD\n");
        var tiers = graph.Nodes.Select(n => n.Tier).Distinct().OrderBy(t => t).ToList();
        foreach (var tier in tiers)
        {
            var members = graph.Nodes.Where(n => n.Tier == tier).ToList();
            var components = members.Sum(n => n.Components);
            var spofs = members.Count(n => n.Flagged);
            text.Append("  t").Append(N(tier, plain: true)).Append("[\"").Append(MermaidText.Label(TopologyTiers.Titles[tier])).Append("<br/>")
                .Append(N(components)).Append(components == 1 ? " component" : " components")
                .Append(spofs > 0 ? ", " + N(spofs) + " with a single point of failure" : string.Empty).Append("\"]\n");
        }

        var links = graph.Edges
            .Select(e => (From: graph.Nodes[e.From].Tier, To: graph.Nodes[e.To].Tier))
            .GroupBy(e => e)
            .OrderBy(g => g.Key.From)
            .ThenBy(g => g.Key.To);
        foreach (var link in links)
        {
            if (link.Key.From == link.Key.To)
            {
                continue;
            }

            text.Append("  t").Append(N(link.Key.From, plain: true)).Append(" -->|").Append(N(link.Count())).Append("| t").Append(N(link.Key.To, plain: true)).Append('\n');
        }

        var flaggedTiers = tiers.Where(t => graph.Nodes.Any(n => n.Tier == t && n.Flagged)).ToList();
        if (flaggedTiers.Count > 0)
        {
            text.Append(SpofClass);
            text.Append("  class ").Append(string.Join(",", flaggedTiers.Select(t => "t" + N(t, plain: true)))).Append(" spof\n");
        }

        text.Append("```\n");
        return text.ToString();
    }

    private static string N(int value, bool plain = false) => value.ToString(plain ? "0" : "N0", CultureInfo.InvariantCulture);

    private sealed record Node(string Label, string Kind, int Tier, int Components, bool Flagged);

    /// <summary>The design with replica groups and parts folded into one node each.</summary>
    private sealed class Collapsed
    {
        private Collapsed(List<Node> nodes, List<(int From, int To, string Kind)> edges, int[] rank)
        {
            Nodes = nodes;
            Edges = edges;
            Rank = rank;
        }

        public List<Node> Nodes { get; }

        /// <summary>Sorted by source, target, kind.</summary>
        public List<(int From, int To, string Kind)> Edges { get; }

        /// <summary>Node indices in the order the detailed diagram keeps them: flagged first, then by tier, then by name.</summary>
        public int[] Rank { get; }

        public static Collapsed Of(DesignModel model, IReadOnlyCollection<string> flagged)
        {
            var declared = model.DeclaredComponents.GroupBy(c => c.Name, StringComparer.Ordinal).Select(g => g.First()).ToList();
            var keyOf = new Dictionary<string, string>(StringComparer.Ordinal);
            var members = new Dictionary<string, List<Component>>(StringComparer.Ordinal);
            foreach (var component in declared)
            {
                var key = component.Group is { Length: > 0 } group ? "\u0001" + group : component.Name;
                keyOf[component.Name] = key;
                if (!members.TryGetValue(key, out var list))
                {
                    members.Add(key, list = new List<Component>());
                }

                list.Add(component);
            }

            var keys = members.Keys.OrderBy(k => k.TrimStart('\u0001'), StringComparer.Ordinal).ThenBy(k => k, StringComparer.Ordinal).ToList();
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < keys.Count; i++)
            {
                index[keys[i]] = i;
            }

            var flaggedKeys = new HashSet<string>(StringComparer.Ordinal);
            foreach (var name in flagged)
            {
                var owner = model.TopLevelOwner(name);
                if (keyOf.TryGetValue(owner, out var key))
                {
                    flaggedKeys.Add(key);
                }
            }

            var nodes = keys.Select(k =>
            {
                var list = members[k];
                var first = list[0];
                var label = k[0] == '\u0001' ? k.Substring(1) + " \u00d7" + list.Count.ToString(CultureInfo.InvariantCulture) : first.Name;
                return new Node(label, first.Kind.ToString(), TopologyTiers.Of(first.Kind), list.Count, flaggedKeys.Contains(k));
            }).ToList();

            var edges = new HashSet<(int From, int To, string Kind)>();
            foreach (var relation in model.Relations)
            {
                foreach (var from in NodesOf(model, relation.From, keyOf, index))
                {
                    foreach (var to in relation.Targets.SelectMany(t => NodesOf(model, t, keyOf, index)))
                    {
                        // Between members of one group (replicas replicating to each other) the edge loops on the group.
                        if (from != to || nodes[from].Components > 1)
                        {
                            edges.Add((from, to, relation.Kind.ToString()));
                        }
                    }
                }
            }

            var sorted = edges.OrderBy(e => e.From).ThenBy(e => e.To).ThenBy(e => e.Kind, StringComparer.Ordinal).ToList();
            var rank = Enumerable.Range(0, nodes.Count)
                .OrderByDescending(i => nodes[i].Flagged)
                .ThenBy(i => nodes[i].Tier)
                .ThenBy(i => i)
                .ToArray();
            return new Collapsed(nodes, sorted, rank);
        }

        // A name may be a component, a replica group or a part; each is drawn as the node(s) it folds into.
        private static IEnumerable<int> NodesOf(DesignModel model, string name, Dictionary<string, string> keyOf, Dictionary<string, int> index) =>
            model.Resolve(name)
                .Select(c => model.TopLevelOwner(c.Name))
                .Where(keyOf.ContainsKey)
                .Select(n => index[keyOf[n]])
                .Distinct();
    }
}
