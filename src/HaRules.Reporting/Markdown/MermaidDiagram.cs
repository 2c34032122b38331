using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using HaRules.Model;

namespace HaRules.Reporting.Markdown;

/// <summary>
/// The topology as a Mermaid flowchart: one node per declared component (parts are drawn as their
/// owner), one edge per relation. Node IDs are generated (<c>n0</c>, <c>n1</c>…) and labels escaped,
/// so no name can inject Mermaid syntax. The flagged components (single points of failure; a part counts as its
/// owner) are highlighted.
/// </summary>
internal static class MermaidDiagram
{
    public static void Write(StringBuilder md, DesignModel model, IReadOnlyCollection<string>? flagged = null)
    {
        var nodes = model.DeclaredComponents.Select(c => c.Name).Distinct(StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal).ToList();
        if (nodes.Count == 0)
        {
            return;
        }

        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < nodes.Count; i++)
        {
            ids[nodes[i]] = "n" + i.ToString(CultureInfo.InvariantCulture);
        }

        md.Append("```mermaid\nflowchart TD\n");
        foreach (var name in nodes)
        {
            var kind = model.FindComponent(name)?.Kind.ToString() ?? string.Empty;
            md.Append("  ").Append(ids[name]).Append("[\"").Append(MermaidText.Label(name)).Append("<br/>").Append(MermaidText.Label(kind)).Append("\"]\n");
        }

        foreach (var (from, to, kind) in Edges(model, ids))
        {
            md.Append("  ").Append(ids[from]).Append(" -->|").Append(kind).Append("| ").Append(ids[to]).Append('\n');
        }

        var highlighted = (flagged ?? Array.Empty<string>())
            .Select(n => model.FindComponent(n)?.Owner ?? n)
            .Where(ids.ContainsKey)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToList();
        if (highlighted.Count > 0)
        {
            md.Append("  classDef spof fill:#fdd,stroke:#c00,stroke-width:3px\n");
            md.Append("  class ").Append(string.Join(",", highlighted.Select(n => ids[n]))).Append(" spof\n");
        }

        md.Append("```\n");
    }

    private static IEnumerable<(string From, string To, string Kind)> Edges(DesignModel model, IReadOnlyDictionary<string, string> ids)
    {
        var edges = new HashSet<(string From, string To, string Kind)>();
        foreach (var relation in model.Relations)
        {
            foreach (var from in Nodes(model, relation.From, ids))
            {
                foreach (var to in relation.Targets.SelectMany(t => Nodes(model, t, ids)))
                {
                    if (!string.Equals(from, to, StringComparison.Ordinal))
                    {
                        edges.Add((from, to, relation.Kind.ToString()));
                    }
                }
            }
        }

        return edges
            .OrderBy(e => e.From, StringComparer.Ordinal)
            .ThenBy(e => e.To, StringComparer.Ordinal)
            .ThenBy(e => e.Kind, StringComparer.Ordinal);
    }

    // A name may be a component, a replica group or a part; each is drawn as the declared component(s) it stands for.
    private static IEnumerable<string> Nodes(DesignModel model, string name, IReadOnlyDictionary<string, string> ids) =>
        model.Resolve(name)
            .Select(c => c.Owner is { } owner && ids.ContainsKey(owner) ? owner : c.Name)
            .Where(ids.ContainsKey)
            .Distinct(StringComparer.Ordinal);
}
