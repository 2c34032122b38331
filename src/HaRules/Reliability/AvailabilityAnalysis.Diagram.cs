using System;
using System.Collections.Generic;
using System.Runtime.ExceptionServices;
using System.Threading;

namespace HaRules.Reliability;

/// <summary>
/// The exact path for sub-graphs that conditioning cannot split: compiling them to a decision
/// diagram. A tier spread over racks that another tier shares (web replicas needing the
/// application tier, both over the same 16 racks) ties every rack to every other through a gate
/// above them all, so conditioning needs 2^16 states; a diagram whose order keeps each rack beside
/// the replicas in it carries between racks only what is left to decide (how many replicas of each
/// tier run so far), and stays small.
/// <para>
/// Variables are basic events and modules (a module's value depends on nothing outside it: it is
/// evaluated apart, by the conditioning path or, if that gives up, by a diagram of its own). The
/// order is <see cref="VariableOrder"/> over the gates between them. A diagram past
/// <see cref="MaxDiagramNodes"/> nodes (or the budget's own bound) gives up, and the inexact mode takes over.
/// </para>
/// </summary>
internal sealed partial class AvailabilityAnalysis
{
    /// <summary>Nodes of one decision diagram at most (about 16 bytes each, plus the hash chains).</summary>
    public const int MaxDiagramNodes = 1 << 22;

    /// <summary>
    /// Gate evaluations the conditioning path may spend on a root before a diagram is tried
    /// instead (conditioning does not stop early on its own: past this it only gets slower).
    /// </summary>
    public const long StrictWorkLimit = 2_000_000;

    /// <summary>Gate evaluations a module below a diagram may take by conditioning before it is compiled into the diagram instead.</summary>
    public const long ModuleWorkLimit = 200_000;

    private bool _strict;

    // The last root's diagram, kept while the fix-first ranking re-evaluates that root with
    // candidates made perfect: the function does not change with the probabilities, only its weights.
    private bool _keepDiagram;
    private KeptDiagram? _kept;

    [ThreadStatic]
    private static bool _onLargeStack;

    /// <summary>
    /// Exactness is out of reach by conditioning: in strict mode stop at once (the diagram is tried
    /// next), otherwise go on treating the rest as independent.
    /// </summary>
    private void GiveUp()
    {
        _approximate = true;
        if (_strict)
        {
            throw new GiveUpException();
        }
    }

    /// <summary>The exact value of <paramref name="node"/> by conditioning, else by a diagram; null when both give up.</summary>
    private (double Up, double Down)? Exact(int node)
    {
        var compiled = _keepDiagram && _kept is { } kept && kept.Top == node;
        if (!_diagramsFirst && !compiled && Conditioned(node, _budget.StrictWorkLimit) is { } value)
        {
            return value;
        }

        return _useDiagrams ? OnLargeStack(() => Diagram(node)) : null;
    }

    /// <summary>The value of <paramref name="node"/> by conditioning within <paramref name="limit"/> gate evaluations, or null.</summary>
    private (double Up, double Down)? Conditioned(int node, long limit)
    {
        _strict = true;
        _workLimit = limit;
        _work = 0;
        _approximate = false;
        try
        {
            return Eval(node);
        }
        catch (GiveUpException)
        {
            ClearStates();
            return null;
        }
        finally
        {
            _strict = false;
            _workLimit = _budget.WorkLimit;
            _approximate = false;
        }
    }

    /// <summary>Undoes the conditioning a give-up left behind (it unwinds past the code that would have).</summary>
    private void ClearStates()
    {
        var order = _structure.Order;
        for (var i = 0; i < _structure.Count; i++)
        {
            SetState(order[i], 0);
        }
    }

    /// <summary>
    /// Compiles the sub-graph of <paramref name="top"/> down to events and modules, and reads its
    /// probability; null when the diagram passes its bound.
    /// </summary>
    private (double Up, double Down)? Diagram(int top)
    {
        var s = _structure;
        var topLocal = s.LocalOf(top);
        if (_keepDiagram && _kept is { } kept && kept.Top == top && Reweighed(kept) is { } again)
        {
            return Remember(top, again);
        }

        // The sub-graph to compile: every node reached from the top without going below a variable.
        var values = new Dictionary<int, (double Up, double Down)>();
        var locals = new List<int> { topLocal };
        var seen = new HashSet<int> { topLocal };
        var stack = new Stack<int>();
        stack.Push(topLocal);
        while (stack.Count > 0)
        {
            var x = stack.Pop();
            var node = s.Order[x];
            if (x != topLocal && VariableValue(x) is { } value)
            {
                values.Add(node, value);
                continue;
            }

            for (var c = _graph.ChildStart[node]; c < _graph.ChildStart[node + 1]; c++)
            {
                var child = s.LocalOf(_graph.ChildList[c]);
                if (seen.Add(child))
                {
                    locals.Add(child);
                    stack.Push(child);
                }
            }
        }

        // Local numbers are post-order numbers: sorted, the nodes come children first.
        locals.Sort();
        var variables = VariableOrder.Of(_graph, locals.ConvertAll(x => s.Order[x]), values.ContainsKey);
        var up = new double[variables.Count];
        var down = new double[variables.Count];
        var levelOf = new Dictionary<int, int>(variables.Count);
        for (var level = 0; level < variables.Count; level++)
        {
            levelOf.Add(variables[level], level);
            (up[level], down[level]) = values[variables[level]];
        }

        var diagram = new DecisionDiagram(_budget.MaxDiagramNodes);
        int function;
        try
        {
            function = new DiagramCompiler(_graph, diagram, levelOf).Compile(top);
        }
        catch (DecisionDiagram.TooLargeException)
        {
            return null;
        }

        var result = diagram.Probability(function, up, down);
        _kept = _keepDiagram ? new KeptDiagram(top, diagram, function, variables.ToArray()) : null;
        return Remember(top, result);
    }

    private (double Up, double Down) Remember(int top, (double Up, double Down) result)
    {
        if (_structure.Module[_structure.LocalOf(top)])
        {
            // Exact whatever root reaches it: kept for later roots, as the conditioning path does.
            _known[top] = true;
            (_knownUp[top], _knownDown[top]) = result;
        }

        return result;
    }

    /// <summary>
    /// The kept diagram's probability under the current probabilities of its variables (events
    /// read from the graph, modules evaluated again where forgotten); null when a module that was
    /// a variable no longer conditions within its bound (it would be compiled into the diagram).
    /// </summary>
    private (double Up, double Down)? Reweighed(KeptDiagram kept)
    {
        var up = new double[kept.Variables.Length];
        var down = new double[kept.Variables.Length];
        for (var level = 0; level < kept.Variables.Length; level++)
        {
            if (VariableValue(_structure.LocalOf(kept.Variables[level])) is not { } value)
            {
                return null;
            }

            (up[level], down[level]) = value;
        }

        return kept.Diagram.Probability(kept.Function, up, down);
    }

    /// <summary>A compiled root: its diagram, function and variables (graph nodes, by level).</summary>
    private sealed record KeptDiagram(int Top, DecisionDiagram Diagram, int Function, int[] Variables);

    /// <summary>
    /// The probabilities of a node that enters the diagram as a variable: a basic event, or a
    /// module that conditioning evaluates within <see cref="ModuleWorkLimit"/>; null for a node
    /// to compile into the diagram (every gate when diagrams come first).
    /// </summary>
    private (double Up, double Down)? VariableValue(int local)
    {
        var node = _structure.Order[local];
        if (_graph.Kinds[node] == GateKind.Event)
        {
            return (_graph.Up[node], _graph.Down[node]);
        }

        if (_diagramsFirst || !_structure.Module[local])
        {
            return null;
        }

        return _known[node] ? (_knownUp[node], _knownDown[node]) : Conditioned(node, _budget.ModuleWorkLimit);
    }

    /// <summary>
    /// Runs <paramref name="work"/> on a thread with a large stack (evaluation recurses along the
    /// graph's depth, diagram operations once per variable); inline when already on one.
    /// </summary>
    private static T OnLargeStack<T>(Func<T> work)
    {
        if (_onLargeStack)
        {
            return work();
        }

        T result = default!;
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(
            () =>
            {
                _onLargeStack = true;
                try
                {
                    result = work();
                }
                catch (Exception e)
                {
                    failure = ExceptionDispatchInfo.Capture(e);
                }
            },
            256 * 1024 * 1024);
        thread.Start();
        thread.Join();
        failure?.Throw();
        return result;
    }

    /// <summary>Unwinds a strict evaluation that cannot stay exact.</summary>
    private sealed class GiveUpException : Exception
    {
    }
}
