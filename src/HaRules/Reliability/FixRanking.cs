using System;
using System.Collections.Generic;
using System.Linq;

namespace HaRules.Reliability;

/// <summary>
/// What to fix first: for each service, the things a user would make redundant — a declared
/// component together with its parts, or a replica group together with its members and their parts
/// (<see cref="FixUnits"/>) — ranked by how much downtime a year the service would lose if that
/// candidate could not fail at all: its risk-achievement (Birnbaum) worth,
/// <c>U(service) − U(service | every event of the candidate up)</c>, each computed exactly by the
/// availability engine on the graph with the candidate's events made perfect. A part (a power
/// supply) is ranked as its component, and a member of a replica group of two or more as its group,
/// whose fix covers it; neither is listed on its own.
/// <para>
/// The work is bounded: per service only the candidates whose events appear in its single points of
/// failure and listed minimal cut sets are evaluated, at most <see cref="MaxCandidatesPerService"/>
/// components and <see cref="MaxGroupsPerService"/> replica groups, and over the whole design at most
/// <see cref="MaxEvaluations"/> evaluations, the services with the most downtime first.
/// <see cref="Complete"/> says whether the bounds left anything out; an evaluation the engine could
/// not make exact is flagged on its entry.
/// </para>
/// </summary>
public sealed class FixRanking
{
    /// <summary>The most components (each with its parts) evaluated per service: those of its single points of failure first (most often down first), then those of members of its minimal cut sets.</summary>
    public const int MaxCandidatesPerService = 24;

    /// <summary>The most replica groups evaluated per service (those with a member, or a member's part, among its single points of failure and cut sets).</summary>
    public const int MaxGroupsPerService = 8;

    /// <summary>The most availability evaluations over the whole design.</summary>
    public const int MaxEvaluations = 400;

    internal FixRanking(IReadOnlyList<Fix> fixes, IReadOnlyList<ServiceFixes> services, bool complete)
    {
        Fixes = fixes;
        Services = services;
        Complete = complete;
    }

    /// <summary>Every candidate that buys something, over all services: the most downtime removed (summed over the services) first, then by name.</summary>
    public IReadOnlyList<Fix> Fixes { get; }

    /// <summary>Per service with downtime (declaration order), its own ranking.</summary>
    public IReadOnlyList<ServiceFixes> Services { get; }

    /// <summary>False when a bound (candidates per service, evaluations per design) left candidates unevaluated.</summary>
    public bool Complete { get; }

    /// <summary>Ranks the candidates of every service of an analysed design.</summary>
    internal static FixRanking Compute(ModelGraph graph, IReadOnlyList<ServiceAnalysis> services, Func<string, int> indexOf)
    {
        int eventOf(string name) => indexOf(name) is var index and >= 0 ? graph.EventNodes[index] : -1;
        var complete = true;
        var evaluations = 0;

        // The services with the most downtime get the budget first.
        var order = Enumerable.Range(0, services.Count)
            .Where(i => !services[i].AlwaysDown && services[i].Unavailability > 0)
            .OrderByDescending(i => services[i].Unavailability)
            .ThenBy(i => i)
            .ToList();
        var results = new ServiceFixes?[services.Count];

        // The evaluations are planned first (which ones the budget allows does not depend on
        // their results), so the analysis can run on just what the planned services reach.
        var units = new FixUnits(graph, indexOf);
        var planned = new List<(int Service, List<Candidate> Candidates)>();
        foreach (var i in order)
        {
            var service = services[i];
            if (evaluations >= MaxEvaluations)
            {
                // Past the budget only whether the service had any candidate matters (Complete).
                if (service.MinimalCutSetsTruncated || HasCandidate(service, eventOf))
                {
                    complete = false;
                }

                results[i] = new ServiceFixes(service.Name, new List<ServiceFix>());
                continue;
            }

            var candidates = Candidates(graph, service, eventOf, units, ref complete);
            if (candidates.Count > MaxEvaluations - evaluations)
            {
                complete = false;
                candidates.RemoveRange(MaxEvaluations - evaluations, candidates.Count - (MaxEvaluations - evaluations));
            }

            evaluations += candidates.Count;
            planned.Add((i, candidates));
        }

        Evaluate(graph, services, planned, results);

        var ranked = results.Where(r => r is not null).Select(r => r!).ToArray();
        var overall = ranked
            .SelectMany(s => s.Fixes)
            .GroupBy(f => (f.Target, f.IsGroup))
            .Select(g => new Fix(
                g.Key.Target,
                g.Key.IsGroup,
                g.First().Components,
                g.OrderByDescending(f => f.DowntimeRemovedMinutesPerYear).ThenBy(f => f.Service, StringComparer.Ordinal).ToArray()))
            .ToList();
        overall.Sort((a, b) =>
        {
            var c = b.DowntimeRemovedMinutesPerYear.CompareTo(a.DowntimeRemovedMinutesPerYear);
            return c != 0 ? c : CompareTargets(a.Target, a.IsGroup, b.Target, b.IsGroup);
        });
        return new FixRanking(overall, ranked, complete);
    }

    /// <summary>Makes each planned candidate perfect in turn and keeps those that remove downtime, per service.</summary>
    private static void Evaluate(
        ModelGraph graph,
        IReadOnlyList<ServiceAnalysis> services,
        List<(int Service, List<Candidate> Candidates)> planned,
        ServiceFixes?[] results)
    {
        // One analysis on one copy of the probabilities of the part the planned services reach:
        // each evaluation makes its candidate perfect in place and forgets only what lies above
        // it, so it costs the service's sub-graph, and the whole analysis what the services reach,
        // not per-node arrays for the whole design.
        var reached = ReachableSubgraph.Of(graph.Graph, planned.Where(p => p.Candidates.Count > 0).Select(p => graph.RunNodes[graph.Services[p.Service]]));
        var analysis = AvailabilityAnalysis.For(reached.Graph);
        foreach (var (i, candidates) in planned)
        {
            var service = services[i];
            var root = reached.LocalOf(graph.RunNodes[graph.Services[i]]);
            var fixes = new List<ServiceFix>();
            foreach (var (target, isGroup, components, events) in candidates)
            {
                // A candidate's event the service does not reach (a part on another path) cannot change it.
                var local = events.Select(reached.LocalOf).Where(e => e >= 0).ToArray();
                var (up, down, exact) = analysis.EvaluateWithPerfect(root, local);
                var removed = (service.Unavailability - down) * FailureData.HoursPerYear * 60;
                if (removed > 0)
                {
                    fixes.Add(new ServiceFix(service.Name, target, isGroup, components, up, down, removed, exact && service.AvailabilityIsExact));
                }
            }

            fixes.Sort(Compare);
            results[i] = new ServiceFixes(service.Name, fixes);
        }
    }

    private static int Compare(ServiceFix a, ServiceFix b)
    {
        var c = b.DowntimeRemovedMinutesPerYear.CompareTo(a.DowntimeRemovedMinutesPerYear);
        return c != 0 ? c : CompareTargets(a.Target, a.IsGroup, b.Target, b.IsGroup);
    }

    private static int CompareTargets(string a, bool aGroup, string b, bool bGroup)
    {
        var c = string.CompareOrdinal(a, b);
        return c != 0 ? c : aGroup.CompareTo(bGroup);
    }

    /// <summary>Whether <see cref="Candidates"/> would list anything: a single point of failure or cut-set member that is an event.</summary>
    private static bool HasCandidate(ServiceAnalysis service, Func<string, int> eventOf)
    {
        foreach (var spof in service.SinglePointsOfFailure)
        {
            if (eventOf(spof) >= 0)
            {
                return true;
            }
        }

        foreach (var set in service.MinimalCutSets)
        {
            foreach (var name in set)
            {
                if (eventOf(name) >= 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The service's candidates, as units (<see cref="FixUnits"/>): the units of its single points of
    /// failure (most often down first), then of the members of its listed minimal cut sets (smallest
    /// sets first), in order of first appearance, at most <see cref="MaxCandidatesPerService"/>
    /// components and <see cref="MaxGroupsPerService"/> replica groups; each with the events made
    /// perfect. A part stands for its declared component and a member of a replica group of two or
    /// more for its group, so neither is a candidate on its own.
    /// </summary>
    private static List<Candidate> Candidates(
        ModelGraph graph, ServiceAnalysis service, Func<string, int> eventOf, FixUnits units, ref bool complete)
    {
        var names = new List<string>();
        var down = graph.Graph.Down;
        names.AddRange(service.SinglePointsOfFailure
            .Where(n => eventOf(n) >= 0)
            .OrderByDescending(n => down[eventOf(n)])
            .ThenBy(n => n, StringComparer.Ordinal));
        foreach (var set in service.MinimalCutSets)
        {
            names.AddRange(set.Where(n => eventOf(n) >= 0));
        }

        var components = new List<FixUnit>();
        var groups = new List<FixUnit>();
        var seen = new HashSet<FixUnit>();
        foreach (var name in names)
        {
            foreach (var unit in units.Of(name))
            {
                if (seen.Add(unit))
                {
                    (unit.IsGroup ? groups : components).Add(unit);
                }
            }
        }

        if (components.Count > MaxCandidatesPerService || groups.Count > MaxGroupsPerService || service.MinimalCutSetsTruncated)
        {
            complete = false;
        }

        return components.Take(MaxCandidatesPerService)
            .Concat(groups.Take(MaxGroupsPerService))
            .Select(unit => (unit.IsGroup, Unit: units.Describe(unit)))
            .Where(c => c.Unit.Events.Length > 0)
            .Select(c => new Candidate(c.Unit.Target, c.IsGroup, c.Unit.Components, c.Unit.Events))
            .ToList();
    }

    /// <summary>One candidate of one service: the target, its components and their events (graph nodes).</summary>
    private readonly record struct Candidate(string Target, bool IsGroup, IReadOnlyList<string> Components, int[] Events);
}

/// <summary>One service's ranking.</summary>
public sealed class ServiceFixes
{
    internal ServiceFixes(string service, IReadOnlyList<ServiceFix> fixes)
    {
        Service = service;
        Fixes = fixes;
    }

    /// <summary>The service.</summary>
    public string Service { get; }

    /// <summary>Its candidates that buy something, the most downtime removed first, then by name.</summary>
    public IReadOnlyList<ServiceFix> Fixes { get; }
}

/// <summary>What making one candidate perfect does for one service.</summary>
public sealed class ServiceFix
{
    internal ServiceFix(string service, string target, bool isGroup, IReadOnlyList<string> components, double availability, double unavailability, double downtimeRemoved, bool exact)
    {
        Service = service;
        Target = target;
        IsGroup = isGroup;
        Components = components;
        AvailabilityIfPerfect = availability;
        UnavailabilityIfPerfect = unavailability;
        DowntimeRemovedMinutesPerYear = downtimeRemoved;
        Exact = exact;
    }

    /// <summary>The service.</summary>
    public string Service { get; }

    /// <summary>The declared component or replica group made perfect (never a part, nor a member of a group of two or more).</summary>
    public string Target { get; }

    /// <summary>True when <see cref="Target"/> is a replica group (all its members and their parts made perfect).</summary>
    public bool IsGroup { get; }

    /// <summary>The components made perfect (those that can fail): the target and its parts, or the group's members and their parts.</summary>
    public IReadOnlyList<string> Components { get; }

    /// <summary>The service's availability if the target could not fail.</summary>
    public double AvailabilityIfPerfect { get; }

    /// <summary>Its unavailability then (kept apart so small values keep their digits).</summary>
    public double UnavailabilityIfPerfect { get; }

    /// <summary>Downtime per year of 8,760 hours, in minutes, that the service no longer has.</summary>
    public double DowntimeRemovedMinutesPerYear { get; }

    /// <summary>False when either availability (the service's or the one with the target perfect) is approximate.</summary>
    public bool Exact { get; }
}

/// <summary>One candidate over every service it helps.</summary>
public sealed class Fix
{
    internal Fix(string target, bool isGroup, IReadOnlyList<string> components, IReadOnlyList<ServiceFix> effects)
    {
        Target = target;
        IsGroup = isGroup;
        Components = components;
        Effects = effects;
        DowntimeRemovedMinutesPerYear = effects.Sum(e => e.DowntimeRemovedMinutesPerYear);
        Exact = effects.All(e => e.Exact);
    }

    /// <summary>The declared component or replica group made perfect.</summary>
    public string Target { get; }

    /// <summary>True when <see cref="Target"/> is a replica group.</summary>
    public bool IsGroup { get; }

    /// <summary>The components made perfect: the target and its parts, or the group's members and their parts.</summary>
    public IReadOnlyList<string> Components { get; }

    /// <summary>Per service it helps, the effect, the largest first.</summary>
    public IReadOnlyList<ServiceFix> Effects { get; }

    /// <summary>The downtime removed, summed over the services (minutes per year).</summary>
    public double DowntimeRemovedMinutesPerYear { get; }

    /// <summary>False when any of its evaluations is approximate.</summary>
    public bool Exact { get; }
}
