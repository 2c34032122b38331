using System;
using HaRules.Model;

namespace HaRules.Reliability;

/// <summary>
/// Sets k of each traffic gate from capacity (docs/analysis.md, "Capacity: k of a traffic gate"): k = 1, or, when a service that
/// reaches the gate declares a peak p and every target declares a worker limit, the fewest
/// targets whose capacity carries p whichever of them survive (⌈p / w⌉ for equal limits). A group
/// that cannot carry p even with every member up needs every member (HA105 says it is short).
/// </summary>
internal static class CapacityThresholds
{
    public static void Apply(ModelGraph model)
    {
        if (model.CapacityGates.Count == 0)
        {
            return;
        }

        // Per node only the service whose peak reaches it (its position among the services, -1 for
        // none): the peak is that service's, so no second array the size of the graph is needed.
        var graph = model.Graph;
        var services = model.Services;
        var peaks = new long[services.Length];
        var source = new int[graph.NodeCount];
        for (var i = 0; i < source.Length; i++)
        {
            source[i] = -1;
        }

        long Peak(int node) => source[node] < 0 ? 0 : peaks[source[node]];

        for (var s = 0; s < services.Length; s++)
        {
            var p = model.Component(services[s]).Properties.GetInteger(PropertyNames.PeakConcurrentRequests) ?? 0;
            peaks[s] = p;
            var root = model.RunNodes[services[s]];
            if (p > Peak(root))
            {
                source[root] = s;
            }
        }

        // Parents come after their children in post-order: walk it backwards to push peaks down.
        var order = graph.PostOrder;
        for (var i = order.Length - 1; i >= 0; i--)
        {
            var v = order[i];
            var peak = Peak(v);
            if (peak <= 0)
            {
                continue;
            }

            for (var c = graph.ChildStart[v]; c < graph.ChildStart[v + 1]; c++)
            {
                var child = graph.ChildList[c];
                if (peak > Peak(child))
                {
                    source[child] = source[v];
                }
            }
        }

        foreach (var gate in model.CapacityGates)
        {
            gate.Peak = Peak(gate.Node);
            gate.PeakService = source[gate.Node] < 0 ? -1 : services[source[gate.Node]];
            gate.Workers = Workers(model, gate);
            gate.Needed = Needed(gate);
            graph.Thresholds[gate.Node] = gate.Needed;
        }
    }

    private static long[]? Workers(ModelGraph model, CapacityGate gate)
    {
        if (gate.Members.Length == 0)
        {
            return null;
        }

        var workers = new long[gate.Members.Length];
        for (var i = 0; i < workers.Length; i++)
        {
            var w = model.Component(gate.Members[i]).Properties.GetInteger(PropertyNames.MaxWorkers);
            if (w is not > 0)
            {
                return null;
            }

            workers[i] = w.Value;
        }

        return workers;
    }

    private static int Needed(CapacityGate gate)
    {
        if (gate.Peak <= 0 || gate.Workers is null)
        {
            return 1;
        }

        var sorted = (long[])gate.Workers.Clone();
        Array.Sort(sorted);
        long sum = 0;
        for (var k = 0; k < sorted.Length; k++)
        {
            sum += sorted[k];
            if (sum >= gate.Peak)
            {
                return k + 1;
            }
        }

        return sorted.Length;
    }
}
