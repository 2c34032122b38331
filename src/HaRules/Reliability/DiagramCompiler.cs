using System.Collections.Generic;

namespace HaRules.Reliability;

/// <summary>
/// Turns the part of a reliability graph above a set of variables into a decision diagram: each
/// gate becomes the and, or or k-of-n of its children's functions, compiled on demand (a gate no
/// one asks for is never built) and once.
/// <para>
/// One rewrite keeps the intermediate diagrams small: when every child of a gate needs the same
/// node (all the web replicas need the application load balancer), that node is taken out first —
/// k of (y and x_i) is y and (k of x_i) for k ≥ 1 — so the shared part is joined once, not once
/// per child and again at every step of the k-of-n recurrence.
/// </para>
/// </summary>
internal sealed class DiagramCompiler
{
    private readonly ReliabilityGraph _graph;
    private readonly DecisionDiagram _diagram;
    private readonly IReadOnlyDictionary<int, int> _levelOf;
    private readonly Dictionary<int, int> _function = new();

    /// <param name="graph">The graph.</param>
    /// <param name="diagram">Where the functions are built.</param>
    /// <param name="levelOf">The nodes that are variables, and their levels; compilation stops at them.</param>
    public DiagramCompiler(ReliabilityGraph graph, DecisionDiagram diagram, IReadOnlyDictionary<int, int> levelOf)
    {
        _graph = graph;
        _diagram = diagram;
        _levelOf = levelOf;
    }

    /// <summary>The function "<paramref name="node"/> runs". Throws <see cref="DecisionDiagram.TooLargeException"/> past the diagram's bound.</summary>
    public int Compile(int node)
    {
        if (_function.TryGetValue(node, out var known))
        {
            return known;
        }

        var result = _levelOf.TryGetValue(node, out var level) ? _diagram.Variable(level) : Gate(node);
        _function.Add(node, result);
        return result;
    }

    private int Gate(int node)
    {
        var n = _graph.ChildCount(node);
        var needed = GateMath.Needed(_graph, node);
        if (needed == 0)
        {
            return DecisionDiagram.One;
        }

        if (needed > n)
        {
            return DecisionDiagram.Zero;
        }

        var start = _graph.ChildStart[node];
        if (needed < n && CommonNeeds(node) is { Count: > 0 } common)
        {
            var items = new int[n];
            for (var c = 0; c < n; c++)
            {
                items[c] = AllOf(_graph.ChildList[start + c], common);
            }

            var shared = DecisionDiagram.One;
            foreach (var y in common)
            {
                shared = _diagram.And(shared, Compile(y));
            }

            return _diagram.And(shared, Combine(needed, items));
        }

        var children = new int[n];
        for (var c = 0; c < n; c++)
        {
            children[c] = Compile(_graph.ChildList[start + c]);
        }

        return Combine(needed, children);
    }

    private int Combine(int needed, int[] items)
    {
        // Items in the order of their deepest variables: each step of the recurrence (and of the
        // folds) then puts an item above what is built so far, instead of threading it through.
        var keys = new int[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            keys[i] = _diagram.Deepest(items[i]);
        }

        System.Array.Sort(keys, items);
        if (needed == 1 || needed == items.Length)
        {
            var result = items[0];
            for (var c = 1; c < items.Length; c++)
            {
                result = needed == 1 ? _diagram.Or(result, items[c]) : _diagram.And(result, items[c]);
            }

            return result;
        }

        return _diagram.AtLeast(needed, items);
    }

    /// <summary>
    /// The nodes every child of <paramref name="node"/> needs directly (each child an all-of gate
    /// that lists them), in the first child's order; null when some child is not such a gate.
    /// </summary>
    private List<int>? CommonNeeds(int node)
    {
        var start = _graph.ChildStart[node];
        var end = _graph.ChildStart[node + 1];
        for (var c = start; c < end; c++)
        {
            var child = _graph.ChildList[c];
            if (_levelOf.ContainsKey(child) || GateMath.Needed(_graph, child) != _graph.ChildCount(child) || _graph.ChildCount(child) == 0)
            {
                return null;
            }
        }

        var first = _graph.ChildList[start];
        var common = new List<int>();
        for (var g = _graph.ChildStart[first]; g < _graph.ChildStart[first + 1]; g++)
        {
            var candidate = _graph.ChildList[g];
            var everywhere = true;
            for (var c = start + 1; c < end && everywhere; c++)
            {
                everywhere = HasChild(_graph.ChildList[c], candidate);
            }

            if (everywhere && !common.Contains(candidate))
            {
                common.Add(candidate);
            }
        }

        return common;
    }

    /// <summary>The all-of of <paramref name="gate"/>'s children other than <paramref name="without"/>.</summary>
    private int AllOf(int gate, List<int> without)
    {
        var result = DecisionDiagram.One;
        for (var g = _graph.ChildStart[gate]; g < _graph.ChildStart[gate + 1]; g++)
        {
            var child = _graph.ChildList[g];
            if (!without.Contains(child))
            {
                result = _diagram.And(result, Compile(child));
            }
        }

        return result;
    }

    private bool HasChild(int gate, int child)
    {
        for (var g = _graph.ChildStart[gate]; g < _graph.ChildStart[gate + 1]; g++)
        {
            if (_graph.ChildList[g] == child)
            {
                return true;
            }
        }

        return false;
    }
}
