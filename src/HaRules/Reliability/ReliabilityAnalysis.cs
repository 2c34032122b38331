using System;
using System.Collections.Generic;
using System.Linq;
using HaRules.Internal;
using HaRules.Model;

namespace HaRules.Reliability;

/// <summary>
/// Every graph analysis of one design, computed once and shared by the rules (through
/// <c>RuleContext.Reliability</c>) and the reports: per service its availability, single points of
/// failure, minimal cut sets and tolerance; the blast radius of every basic event; redundancy
/// groups defeated by a common cause; and capacity shortfalls after one failure.
/// </summary>
public sealed partial class ReliabilityAnalysis
{
    /// <summary>The largest cut-set order searched, whatever tolerance a service declares.</summary>
    public const int MaxOrder = 5;

    private readonly ModelGraph _graph;
    private readonly SpofAnalysis _spof;
    private readonly Dictionary<string, int> _serviceRoots = new(StringComparer.Ordinal);
    private FixRanking? _fixFirst;

    private ReliabilityAnalysis(ModelGraph graph)
    {
        _graph = graph;
        _spof = SpofAnalysis.Compute(graph.Graph);
        foreach (var service in graph.Services)
        {
            _serviceRoots[graph.Component(service).Name] = graph.RunNodes[service];
        }

        Services = AnalyzeServices();
        BlastRadius = ComputeBlastRadius();
        CommonCauses = CommonCauseAnalysis.Find(graph, _spof);
        graph.ReleaseRedundancyGroups();
        CapacityShortfalls = FindShortfalls();
    }

    /// <summary>The design analysed.</summary>
    public DesignModel Model => _graph.Model;

    /// <summary>The reliability graph the analyses ran on.</summary>
    public ReliabilityGraph Graph => _graph.Graph;

    /// <summary>One entry per service, in declaration order.</summary>
    public IReadOnlyList<ServiceAnalysis> Services { get; }

    /// <summary>Every basic event (component that can fail), sorted by name, with the services it alone stops.</summary>
    public IReadOnlyList<BlastRadius> BlastRadius { get; }

    /// <summary>Redundancy groups whose members all depend on one event (HA102).</summary>
    public IReadOnlyList<CommonCause> CommonCauses { get; }

    /// <summary>Traffic spread over targets that cannot carry the peak after one loss (HA105).</summary>
    public IReadOnlyList<CapacityShortfall> CapacityShortfalls { get; }

    /// <summary>
    /// What to fix first: per service, the components (with their parts) and replica groups (with
    /// their members) ranked by the downtime a year the service would lose if each could not fail
    /// (computed when first asked for; the rules do not need it).
    /// </summary>
    public FixRanking FixFirst
    {
        get
        {
            if (_fixFirst is null)
            {
                using (PhaseClock.Measure("fix ranking"))
                {
                    _fixFirst = FixRanking.Compute(_graph, Services, IndexOf);
                }
            }

            return _fixFirst;
        }
    }

    /// <summary>Analyses a design. Never throws on a model the design language can express.</summary>
    public static ReliabilityAnalysis Analyze(DesignModel model)
    {
        ModelGraph graph;
        using (PhaseClock.Measure("graph build"))
        {
            graph = GraphBuilder.Build(model);
            LargePasses.EndedOnGraph(graph.Graph.NodeCount);
        }

        using (PhaseClock.Measure("analyses"))
        {
            var analysis = new ReliabilityAnalysis(graph);
            LargePasses.EndedOnGraph(graph.Graph.NodeCount);
            return analysis;
        }
    }

    /// <summary>The analysis of the named service, or null.</summary>
    public ServiceAnalysis? FindService(string name) => Services.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.Ordinal));

    /// <summary>
    /// The dependency path from a service down to a component whose failure alone stops it, as
    /// component names (<c>shop → shop.example.com → lb → web-1 → web-1/psu-1 → ups-a</c>); empty
    /// when the component is not a single point of failure of the service.
    /// </summary>
    public IReadOnlyList<string> DependencyPath(string service, string component)
    {
        var graph = _graph.Graph;
        var index = IndexOf(component);
        var target = index < 0 ? -1 : _graph.EventNodes[index];
        if (!_serviceRoots.TryGetValue(service, out var root) || target < 0 || !_spof.Stops(target, root))
        {
            return Array.Empty<string>();
        }

        var path = new List<string>();
        var v = root;
        while (true)
        {
            if (graph.NameOf(v) is { } name && (path.Count == 0 || path[path.Count - 1] != name))
            {
                path.Add(name);
            }

            if (v == target)
            {
                return path;
            }

            var next = -1;
            for (var c = graph.ChildStart[v]; c < graph.ChildStart[v + 1] && next < 0; c++)
            {
                var child = graph.ChildList[c];
                if (!_spof.AlwaysDown[child] && _spof.Stops(target, child))
                {
                    next = child;
                }
            }

            if (next < 0)
            {
                return path;
            }

            v = next;
        }
    }

    /// <summary>
    /// The probability that a component is down on its own (its basic event), or null when it
    /// cannot fail on its own (logical components, or a declared availability of 1).
    /// </summary>
    public double? EventUnavailability(string component)
    {
        var index = IndexOf(component);
        return index >= 0 && _graph.EventNodes[index] is var e and >= 0 ? _graph.Graph.Down[e] : null;
    }

    // The model's own name index (first component wins with duplicate names, as it always did here).
    private int IndexOf(string name) => _graph.Model.IndexOf(name);

    private string NameOfEvent(int node) => _graph.Graph.NameOf(node) ?? string.Empty;

    private IReadOnlyList<ServiceAnalysis> AnalyzeServices()
    {
        var services = _graph.Services;
        var orders = services.Select(s => Order(_graph.Component(s))).ToArray();
        var roots = services.Select(s => _graph.RunNodes[s]).ToArray();

        // Order 2 (the default) takes the linear counting pass; only the services that tolerate
        // more failures pay for the general search, over their own sub-graphs.
        var pairs = CutSetAnalysis.Compute(_graph.Graph, roots.Where((_, i) => orders[i] <= 2), 2, spof: _spof);
        var deeper = orders.Any(o => o > 2)
            ? CutSetAnalysis.Compute(_graph.Graph, roots.Where((_, i) => orders[i] > 2), orders.Max(), spof: _spof)
            : null;
        var availability = AvailabilityAnalysis.For(_graph.Graph);
        var result = new List<ServiceAnalysis>();
        for (var i = 0; i < services.Length; i++)
        {
            result.Add(AnalyzeService(services[i], orders[i], orders[i] > 2 ? deeper! : pairs, availability));
        }

        return result;
    }

    private static int Order(Component service)
    {
        var tolerance = service.Properties.GetInteger(PropertyNames.TolerateFailures) ?? 0;
        return (int)Math.Min(MaxOrder, Math.Max(2, tolerance + 1));
    }

    private ServiceAnalysis AnalyzeService(int service, int order, CutSetAnalysis cutSets, AvailabilityAnalysis availability)
    {
        var component = _graph.Component(service);
        var root = _graph.RunNodes[service];
        var down = _spof.AlwaysDown[root];
        var (up, unavailable, exact) = availability.Evaluate(root);

        var spofs = SortedNames(_spof.Of(root));
        var found = cutSets.Of(root);
        var sets = new List<string[]>(found.Count);
        foreach (var set in found)
        {
            if (set.Length > 0 && set.Length <= order)
            {
                sets.Add(SortedNames(set));
            }
        }

        sets.Sort(CompareNames);

        // Past the work bound the list is complete only up to cutSets.CompleteThrough: a smallest set
        // found above that order may hide a smaller one that was lost, so the tolerance is then only
        // known to be at least that order (and is reported so: a lower bound, never an overstatement).
        var completeThrough = Math.Min(order, cutSets.CompleteThrough);
        var smallest = down ? 0 : spofs.Length > 0 ? 1 : sets.Count > 0 ? sets[0].Length : order + 1;
        smallest = Math.Min(smallest, completeThrough + 1);
        var tolerance = component.Properties.GetInteger(PropertyNames.TolerateFailures);
        var target = component.Properties.GetNumber(PropertyNames.AvailabilityTarget);

        return new ServiceAnalysis(
            component.Name,
            up,
            unavailable,
            // A target outside (0, 1] (NaN, a percentage such as 99.95) is invalid (HA003), not a bar to judge against (HA104).
            target is { } t && t > 0 && t <= 1 ? t : null,
            spofs,
            sets.Take(ServiceAnalysis.ListedCutSets).Cast<IReadOnlyList<string>>().ToArray(),
            sets.Count,
            sets.Count > ServiceAnalysis.ListedCutSets || completeThrough < order,
            completeThrough >= order,
            Math.Max(0, smallest - 1),
            tolerance is { } k ? (int)Math.Max(int.MinValue, Math.Min(int.MaxValue, k)) : null,
            order,
            exact,
            down);
    }

    // The events' names in ordinal order (equal names are equal strings, so any sort gives what
    // OrderBy gave); Array.Sort sorts the few names of a cut set by insertion already.
    private string[] SortedNames(IReadOnlyList<int> events)
    {
        var names = new string[events.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = NameOfEvent(events[i]);
        }

        Array.Sort(names, StringComparer.Ordinal);
        return names;
    }

    private static int CompareNames(string[] a, string[] b)
    {
        if (a.Length != b.Length)
        {
            return a.Length.CompareTo(b.Length);
        }

        for (var i = 0; i < a.Length; i++)
        {
            var c = string.CompareOrdinal(a[i], b[i]);
            if (c != 0)
            {
                return c;
            }
        }

        return 0;
    }

    private IReadOnlyList<BlastRadius> ComputeBlastRadius()
    {
        // The services an event stops, taken in name order, so each event's list comes out sorted
        // as it is filled (no dictionary, no sort per event).
        var order = new int[Services.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        // Stable, as OrderBy was: services of one name keep declaration order.
        Array.Sort(order, (x, y) => string.CompareOrdinal(Services[x].Name, Services[y].Name) is var c && c != 0 ? c : x.CompareTo(y));
        // Per event, by its component (one event per component), the services it stops as their
        // positions in name order: counted, then filled in one array (a counting sort), so each
        // event's services come out sorted with no list per event and nothing the size of the graph.
        var labels = _graph.Graph.Labels;
        var end = new int[_graph.EventNodes.Length + 1];
        var roots = new int[order.Length];
        for (var k = 0; k < order.Length; k++)
        {
            roots[k] = _serviceRoots[Services[order[k]].Name];
            var set = _spof.Of(roots[k]);
            for (var i = set.Offset; i < set.Offset + set.Count; i++)
            {
                end[labels[set.Array![i]] + 1]++;
            }
        }

        for (var c = 1; c < end.Length; c++)
        {
            end[c] += end[c - 1];
        }

        // Filling moves each component's cursor from its start to its end (the next one's start).
        var stopped = new int[end[end.Length - 1]];
        for (var k = 0; k < order.Length; k++)
        {
            var set = _spof.Of(roots[k]);
            for (var i = set.Offset; i < set.Offset + set.Count; i++)
            {
                stopped[end[labels[set.Array![i]]]++] = k;
            }
        }

        // An event that stops one service shares that service's one-name array: most events stop
        // one service, and an array of their own per event was most of what the blast radius kept.
        var oneName = new string[]?[order.Length];
        string[]? Stops(int component)
        {
            var from = component == 0 ? 0 : end[component - 1];
            var count = end[component] - from;
            if (count == 0)
            {
                return null;
            }

            if (count == 1)
            {
                var k = stopped[from];
                return oneName[k] ??= new[] { Services[order[k]].Name };
            }

            var names = new string[count];
            for (var i = 0; i < count; i++)
            {
                names[i] = Services[order[stopped[from + i]]].Name;
            }

            return names;
        }

        var count = 0;
        foreach (var e in _graph.EventNodes)
        {
            count += e < 0 ? 0 : 1;
        }

        var names = new string[count];
        var events = new int[count];
        EventsByComponent(names, events);

        // By name: distinct names have one order, which a radix quicksort finds with far fewer
        // character reads than comparisons of whole names. Equal names (HA001) keep the order they
        // always had: the introsort over the names as keys beside the events, from the same start
        // (the keys alone decide its moves, ties included).
        if (!OrdinalNameSort.SortDistinct(names, events))
        {
            EventsByComponent(names, events);
            Array.Sort(names, events, StringComparer.Ordinal);
        }
        var services = new string[]?[count];
        for (var i = 0; i < count; i++)
        {
            services[i] = Stops(labels[events[i]]);
        }

        return new BlastRadiusList(_graph.Graph, events, services);
    }

    // The events with their names, by component.
    private void EventsByComponent(string[] names, int[] events)
    {
        var count = 0;
        foreach (var e in _graph.EventNodes)
        {
            if (e >= 0)
            {
                names[count] = NameOfEvent(e);
                events[count++] = e;
            }
        }
    }

    private IReadOnlyList<CapacityShortfall> FindShortfalls()
    {
        var result = new List<CapacityShortfall>();
        foreach (var gate in _graph.CapacityGates)
        {
            if (gate.Peak <= 0 || gate.Workers is not { Length: > 0 } workers || gate.PeakService < 0)
            {
                continue;
            }

            long total = 0;
            long largest = 0;
            var smallest = long.MaxValue;
            foreach (var w in workers)
            {
                total += w;
                largest = Math.Max(largest, w);
                smallest = Math.Min(smallest, w);
            }

            if (total - largest < gate.Peak)
            {
                result.Add(new CapacityShortfall(
                    _graph.Component(gate.Distributor).Name,
                    _graph.Component(gate.PeakService).Name,
                    gate.Members.Select(m => _graph.Component(m).Name).ToArray(),
                    gate.Peak,
                    total,
                    total - largest,
                    gate.Needed,
                    smallest));
            }
        }

        return result;
    }
}
