using System.Collections.Generic;
using HaRules.Model;

namespace HaRules.Rules.Common;

/// <summary>
/// The request path (<see cref="RequestPaths.IsRequestPath"/>) as a graph over component positions,
/// built once per check: an edge from a relation's source to each component its targets name
/// (replica groups to their members), each node the component a name stands for (the first of
/// its name), so a walk over it reaches exactly the names a walk by name reaches. HA402 and HA408
/// ask it who reaches what without a walk per service.
/// </summary>
internal sealed class RequestGraph
{
    private static readonly object Key = new();

    private readonly ModelIndex _index;
    private readonly IReadOnlyList<Component> _components;

    // Compressed rows: the edges out of node i are _to[_out[i].._out[i + 1]], into it _from[_in[i].._in[i + 1]].
    private readonly int[] _out;
    private readonly int[] _to;
    private readonly int[] _in;
    private readonly int[] _from;

    private RequestGraph(DesignModel model)
    {
        _index = model.Index;
        _components = model.Components;
        var n = _components.Count;
        var sources = new List<int>();
        var targets = new List<int>();
        var relations = model.Relations;
        var sourceOf = _index.SourceOf;
        for (var r = 0; r < relations.Count; r++)
        {
            // A source that names no component is never reached by a walk, which only enters components.
            if (sourceOf[r] < 0 || !RequestPaths.IsRequestPath(relations[r].Kind))
            {
                continue;
            }

            foreach (var target in relations[r].Targets)
            {
                // As the walk by name: a group's members that are components, else the component named.
                if (model.FindGroup(target) is { } group)
                {
                    foreach (var member in group.Members)
                    {
                        Add(sources, targets, sourceOf[r], _index.IndexOf(member));
                    }
                }
                else
                {
                    Add(sources, targets, sourceOf[r], _index.IndexOf(target));
                }
            }
        }

        (_out, _to) = Rows(n, sources, targets);
        (_in, _from) = Rows(n, targets, sources);
    }

    /// <summary>The graph of the context's model, built on first use in a check.</summary>
    public static RequestGraph Of(RuleContext context) => context.Shared(Key, c => new RequestGraph(c.Model));

    /// <summary>The node of a component's name, or -1.</summary>
    public int NodeOf(string name) => _index.IndexOf(name);

    /// <summary>
    /// For every node, which of <paramref name="starts"/> (nodes, in order of preference) is the
    /// first to reach it (a node reaches itself), -1 where none does. One walk over the graph
    /// in all: a start stops at nodes an earlier start reached, since all they reach was reached too.
    /// </summary>
    public int[] FirstReaching(IReadOnlyList<int> starts)
    {
        var first = new int[_components.Count];
        for (var i = 0; i < first.Length; i++)
        {
            first[i] = -1;
        }

        var stack = new Stack<int>();
        for (var s = 0; s < starts.Count; s++)
        {
            if (first[starts[s]] >= 0)
            {
                continue;
            }

            first[starts[s]] = s;
            stack.Push(starts[s]);
            while (stack.Count > 0)
            {
                var node = stack.Pop();
                for (var e = _out[node]; e < _out[node + 1]; e++)
                {
                    if (first[_to[e]] < 0)
                    {
                        first[_to[e]] = s;
                        stack.Push(_to[e]);
                    }
                }
            }
        }

        return first;
    }

    /// <summary>
    /// Every node that reaches <paramref name="node"/> (itself included), walking the edges
    /// backwards; <paramref name="seen"/> (one slot per node, zero at first) marks the nodes with
    /// <paramref name="stamp"/>, so one array serves many walks with a new stamp each.
    /// </summary>
    public List<int> Reaching(int node, int[] seen, int stamp)
    {
        var found = new List<int> { node };
        seen[node] = stamp;
        for (var i = 0; i < found.Count; i++)
        {
            var at = found[i];
            for (var e = _in[at]; e < _in[at + 1]; e++)
            {
                if (seen[_from[e]] != stamp)
                {
                    seen[_from[e]] = stamp;
                    found.Add(_from[e]);
                }
            }
        }

        return found;
    }

    /// <summary>The number of nodes.</summary>
    public int Count => _components.Count;

    private static void Add(List<int> sources, List<int> targets, int source, int target)
    {
        if (target >= 0)
        {
            sources.Add(source);
            targets.Add(target);
        }
    }

    // Edges grouped by their key node, in edge order.
    private static (int[] Starts, int[] Values) Rows(int n, List<int> keys, List<int> values)
    {
        var rows = IndexRows.Build(keys.ToArray(), n, out var starts);
        var result = new int[rows.Length];
        for (var k = 0; k < rows.Length; k++)
        {
            result[k] = values[rows[k]];
        }

        return (starts, result);
    }
}
