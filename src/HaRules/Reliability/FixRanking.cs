using System;
using System.Collections.Generic;
using System.Linq;

namespace HaRules.Reliability;

/// <summary>
/// What to fix first: for each service, the components (and replica groups) whose failures stop
/// it, ranked by how much downtime a year the service would lose if that candidate could not fail
/// at all — its risk-achievement (Birnbaum) worth, <c>U(service) − U(service | candidate up)</c>,
/// each computed exactly by the availability engine on the graph with the candidate made perfect.
/// <para>
/// The work is bounded: per service only the candidates that appear in its single points of
/// failure and listed minimal cut sets are evaluated, at most <see cref="MaxCandidatesPerService"/>
/// components and <see cref="MaxGroupsPerService"/> replica groups, and over the whole design at most
/// <see cref="MaxEvaluations"/> evaluations, the services with the most downtime first.
/// <see cref="Complete"/> says whether the bounds left anything out; an evaluation the engine could
/// not make exact is flagged on its entry.
/// </para>
/// </summary>
public sealed class FixRanking
{
    /// <summary>The most components evaluated per service: its single points of failure first (most often down first), then members of its minimal cut sets.</summary>
    public const int MaxCandidatesPerService = 24;

    /// <summary>The most replica groups evaluated per service (those with a member among its candidates).</summary>
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
    internal static FixRanking Compute(ModelGraph graph, IReadOnlyList<ServiceAnalysis> services, Func<string, int> eventOf)
    {
        var complete = true;
        var evaluations = 0;

        // The services with the most downtime get the budget first.
        var order = Enumerable.Range(0, services.Count)
            .Where(i => !services[i].AlwaysDown && services[i].Unavailability > 0)
            .OrderByDescending(i => services[i].Unavailability)
            .ThenBy(i => i)
            .ToList();
        var results = new ServiceFixes?[services.Count];

        // One analysis on one copy of the probabilities for every evaluation: each makes its
        // candidate perfect in place and forgets only what lies above it, so an evaluation costs
        // the service's sub-graph, not a copy of the whole graph and a fresh analysis.
        AvailabilityAnalysis? analysis = null;
        var groupsOf = GroupsByMember(graph.Model);
        foreach (var i in order)
        {
            var service = services[i];
            var root = graph.RunNodes[graph.Services[i]];
            var fixes = new List<ServiceFix>();
            if (evaluations >= MaxEvaluations)
            {
                // Past the budget only whether the service had any candidate matters (Complete).
                if (service.MinimalCutSetsTruncated || HasCandidate(service, eventOf))
                {
                    complete = false;
                }

                results[i] = new ServiceFixes(service.Name, fixes);
                continue;
            }

            var candidates = Candidates(graph, service, eventOf, groupsOf, ref complete);
            foreach (var (target, isGroup, components, events) in candidates)
            {
                if (evaluations >= MaxEvaluations)
                {
                    complete = false;
                    break;
                }

                evaluations++;
                analysis ??= AvailabilityAnalysis.For(graph.Graph.WithPerfectEvents(Array.Empty<int>()));
                var (up, down, exact) = analysis.EvaluateWithPerfect(root, events);
                var removed = (service.Unavailability - down) * FailureData.HoursPerYear * 60;
                if (removed > 0)
                {
                    fixes.Add(new ServiceFix(service.Name, target, isGroup, components, up, down, removed, exact && service.AvailabilityIsExact));
                }
            }

            fixes.Sort(Compare);
            results[i] = new ServiceFixes(service.Name, fixes);
        }

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

    /// <summary>Per component name, the indices of the groups of two or more members it belongs to.</summary>
    private static Dictionary<string, List<int>> GroupsByMember(Model.DesignModel model)
    {
        var result = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var groups = model.Groups;
        for (var g = 0; g < groups.Count; g++)
        {
            if (groups[g].Members.Count < 2)
            {
                continue;
            }

            foreach (var member in groups[g].Members)
            {
                if (!result.TryGetValue(member, out var list))
                {
                    result.Add(member, list = new List<int>());
                }

                if (list.Count == 0 || list[list.Count - 1] != g)
                {
                    list.Add(g);
                }
            }
        }

        return result;
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
    /// The service's candidates: its single points of failure (most often down first), then the
    /// members of its listed minimal cut sets (smallest sets first), then the replica groups with a
    /// member among them; each with the events made perfect.
    /// </summary>
    private static List<(string Target, bool IsGroup, IReadOnlyList<string> Components, int[] Events)> Candidates(
        ModelGraph graph, ServiceAnalysis service, Func<string, int> eventOf, Dictionary<string, List<int>> groupsOf, ref bool complete)
    {
        var names = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var down = graph.Graph.Down;
        foreach (var spof in service.SinglePointsOfFailure
            .Where(n => eventOf(n) >= 0)
            .OrderByDescending(n => down[eventOf(n)])
            .ThenBy(n => n, StringComparer.Ordinal))
        {
            if (seen.Add(spof))
            {
                names.Add(spof);
            }
        }

        foreach (var set in service.MinimalCutSets)
        {
            foreach (var name in set)
            {
                if (eventOf(name) >= 0 && seen.Add(name))
                {
                    names.Add(name);
                }
            }
        }

        if (names.Count > MaxCandidatesPerService || service.MinimalCutSetsTruncated)
        {
            complete = false;
        }

        var result = names
            .Take(MaxCandidatesPerService)
            .Select(n => (n, false, (IReadOnlyList<string>)new[] { n }, new[] { eventOf(n) }))
            .ToList();

        // The groups (of two or more) with a member among the candidates, in the model's order.
        var touched = new List<int>();
        foreach (var name in seen)
        {
            if (groupsOf.TryGetValue(name, out var indices))
            {
                touched.AddRange(indices);
            }
        }

        touched.Sort();
        var groups = new List<(string, bool, IReadOnlyList<string>, int[])>();
        for (var t = 0; t < touched.Count; t++)
        {
            if (t > 0 && touched[t] == touched[t - 1])
            {
                continue;
            }

            var group = graph.Model.Groups[touched[t]];

            var members = group.Members.Where(m => eventOf(m) >= 0).ToArray();
            if (members.Length == 0)
            {
                continue;
            }

            if (groups.Count == MaxGroupsPerService)
            {
                complete = false;
                break;
            }

            groups.Add((group.Name, true, members, members.Select(eventOf).ToArray()));
        }

        result.AddRange(groups);
        return result;
    }
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

    /// <summary>The component (or part) or replica group made perfect.</summary>
    public string Target { get; }

    /// <summary>True when <see cref="Target"/> is a replica group (all its members made perfect).</summary>
    public bool IsGroup { get; }

    /// <summary>The components made perfect: the target itself, or the group's members.</summary>
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

    /// <summary>The component (or part) or replica group made perfect.</summary>
    public string Target { get; }

    /// <summary>True when <see cref="Target"/> is a replica group.</summary>
    public bool IsGroup { get; }

    /// <summary>The components made perfect.</summary>
    public IReadOnlyList<string> Components { get; }

    /// <summary>Per service it helps, the effect, the largest first.</summary>
    public IReadOnlyList<ServiceFix> Effects { get; }

    /// <summary>The downtime removed, summed over the services (minutes per year).</summary>
    public double DowntimeRemovedMinutesPerYear { get; }

    /// <summary>False when any of its evaluations is approximate.</summary>
    public bool Exact { get; }
}
