using System;
using System.Collections.Generic;
using System.Linq;
using HaRules.Findings;
using HaRules.Model;
using HaRules.Reliability;
using HaRules.Rules.Common;

namespace HaRules.Rules.Topology;

/// <summary>
/// HA101: a single component's failure stops a service (7.1). One finding per root cause: per
/// declared component (its parts that are single points of failure folded in, since their
/// failure stops it), or per replica group when two or more of its replicas are single points of
/// failure. Each finding names every service the failure stops, with one dependency path each;
/// its components are the component (or the replicas), then the services, then the folded parts.
/// It reads the single points of failure and their paths from the engine
/// (<see cref="ReliabilityAnalysis.SinglePointsOfFailure"/>) rather than walking the graph again.
/// </summary>
public sealed class SinglePointOfFailureRule : DesignRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "HA101";

    /// <summary>Creates the rule.</summary>
    public SinglePointOfFailureRule()
        : base(new RuleDescriptor(Id, "Single point of failure", RuleCategory.Topology, Severity.Error, "7.1"))
    {
    }

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var model = context.Model;
        var analysis = context.Reliability;

        // Every single point of failure the engine found, with its path, by the declared component
        // it belongs to (a part's owner).
        var byOwner = new Dictionary<string, Cause>(StringComparer.Ordinal);
        var owners = new List<Cause>();
        foreach (var spof in analysis.SinglePointsOfFailure)
        {
            if (model.FindComponent(spof.Component) is null)
            {
                continue;
            }

            var owner = model.FindComponent(spof.DeclaredComponent) is null ? spof.Component : spof.DeclaredComponent;
            if (!byOwner.TryGetValue(owner, out var cause))
            {
                cause = new Cause(owner);
                byOwner.Add(owner, cause);
                owners.Add(cause);
            }

            cause.Add(spof);
        }

        // Replicas of one group that are each single points of failure make one finding on the group.
        var emittedGroups = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cause in owners)
        {
            var group = GroupOf(model, cause.Owner);
            var replicas = group is null
                ? new List<Cause>()
                : group.Members.Where(byOwner.ContainsKey).Select(m => byOwner[m]).ToList();
            if (group is null || replicas.Count < 2)
            {
                yield return ForComponent(context, cause);
            }
            else if (emittedGroups.Add(group.Name))
            {
                yield return ForGroup(context, group, replicas);
            }
        }
    }

    private static ComponentGroup? GroupOf(DesignModel model, string name) =>
        model.FindComponent(name)?.Group is { } group && model.FindGroup(group) is { Members.Count: > 1 } found ? found : null;

    private static Finding ForComponent(RuleContext context, Cause cause)
    {
        var model = context.Model;
        var owner = cause.Owner;
        var parts = cause.Parts;
        var component = model.FindComponent(owner)!;
        string message;
        if (cause.OwnerIsSpof)
        {
            var also = FoldedPartsText.Sentence(model, parts, group: null);
            message = $"{owner} is a single point of failure of {Services(cause, owner)}; its failure alone stops {Them(cause)}{also}. {Capitalized(FailureAdvice.For(model, component))}{FoldedPartsText.Advice(model, parts)}";
        }
        else
        {
            var first = parts[0];
            var each = parts.Count == 1 ? "is a single point" : "are each a single point";
            var advice = FoldedPartsText.AdviceOnly(model, parts);
            message = $"the {(parts.Count == 1 ? "part" : "parts")} {Join(parts)} of {owner} {each} of failure of {Services(cause, first)}; {(parts.Count == 1 ? "its" : "any one's")} failure alone stops {Them(cause)}. {Capitalized(string.Join("; ", advice))}";
        }

        return context.Create(Id, message, new[] { owner }.Concat(cause.Services).Concat(parts));
    }

    private static Finding ForGroup(RuleContext context, ComponentGroup group, IReadOnlyList<Cause> replicas)
    {
        var model = context.Model;
        var names = replicas.Select(r => r.Owner).ToList();
        var services = replicas.SelectMany(r => r.Services).Distinct(StringComparer.Ordinal).ToList();
        var merged = new Cause(names[0]);
        foreach (var replica in replicas)
        {
            foreach (var service in replica.Services)
            {
                merged.Add(replica.SpofsOf(service)[0]);
            }
        }

        var parts = replicas.SelectMany(r => r.Parts).ToList();
        var partsText = FoldedPartsText.Sentence(model, parts, group.Name);
        var partAdvice = FoldedPartsText.Advice(model, parts);
        var all = names.Count == group.Members.Count ? "every replica" : $"{names.Count} of the {group.Members.Count} replicas";
        var (reason, advice) = WhySingle(context, group, names, replicas);

        // A dependency every replica shares is a root cause of its own (its own HA101 or HA102): named, not repeated.
        var shared = GroupGates.Of(context).CommonCauseOf(group.Name);
        var sharedText = shared is null ? string.Empty : $". Every replica also depends on {shared.SharedEvent}, a root cause reported on its own";

        var message = $"{all} of {group.Name} ({Join(names)}) is a single point of failure of {Services(merged, names[0])}; the failure of any one alone stops {Them(merged)}{partsText}. {group.Name} has {group.Members.Count} replicas, but {reason}: {advice}{partAdvice}{sharedText}";
        return context.Create(Id, message, names.Concat(services).Concat(parts), group.Location.IsKnown ? group.Location : null).OnGroup(group.Name);
    }

    /// <summary>What makes a group with replicas single, and the fix that removes exactly that.</summary>
    private static (string Reason, string Advice) WhySingle(RuleContext context, ComponentGroup group, IReadOnlyList<string> names, IReadOnlyList<Cause> replicas)
    {
        var gates = GroupGates.Of(context);

        // A capacity gate: the distributor needs every target running to carry the peak (HA105).
        var shortfall = gates.ShortfallOf(names);
        if (shortfall is not null)
        {
            var reason = shortfall.Capacity < shortfall.Peak
                ? $"even all {shortfall.Members.Count} of them ({Units.Count(shortfall.Capacity)} workers in all) fall short of {shortfall.Service}'s peak of {Units.Count(shortfall.Peak)} concurrent requests, so {shortfall.Distributor} needs every one of them"
                : $"{shortfall.Distributor} needs all {shortfall.Members.Count} of them to carry {shortfall.Service}'s peak of {Units.Count(shortfall.Peak)} concurrent requests ({Units.Count(shortfall.CapacityAfterLoss)} workers remain after the loss of one)";
            var fix = shortfall.TargetsForOneLoss > 0
                ? $"run at least {Units.Count(shortfall.TargetsForOneLoss)} targets of {Units.Count(shortfall.SmallestTarget)} workers (N+1), or raise maxWorkers, so the peak is carried after the loss of one (HA105)"
                : "give the targets enough workers to carry the peak after the loss of one (HA105)";
            return (reason, fix);
        }

        // A k-of-n gate: a shared-nothing cluster keeping each partition in one copy needs every node.
        if (gates.SingleCopyClusterOf(names) is var (cluster, nodes))
        {
            return (
                $"cluster {cluster.Name} keeps each partition in one copy, so it needs every one of its {nodes} nodes running",
                "keep at least two copies of each partition on distinct nodes (Partitions(count, replicas: 2)), as HA605 says");
        }

        // Otherwise something depends on each replica itself rather than on any one of them.
        var service = replicas[0].Services[0];
        var path = replicas[0].PathTo(service, names[0]);
        var index = IndexOf(path, names[0]);
        var dependent = index > 0 ? path[index - 1] : service;
        return (
            $"{dependent} needs each of them (it depends on every replica, not on any one of them)",
            $"let {dependent} use any one of them (DependsOnAnyOf, or a load balancer with a health check over {group.Name})");
    }

    private static int IndexOf(IReadOnlyList<string> path, string name)
    {
        for (var i = 0; i < path.Count; i++)
        {
            if (string.Equals(path[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>"service shop: path" or "2 services, reporting: path; shop: path", the paths the engine found.</summary>
    private static string Services(Cause cause, string preferred)
    {
        string PathTo(string service)
        {
            var spofs = cause.SpofsOf(service);
            var shown = spofs.FirstOrDefault(s => string.Equals(s.Component, preferred, StringComparison.Ordinal)) ?? spofs[0];
            return string.Join(" → ", shown.Path);
        }

        return cause.Services.Count == 1
            ? $"service {cause.Services[0]}: {PathTo(cause.Services[0])}"
            : $"{cause.Services.Count} services, " + string.Join("; ", cause.Services.Select(s => $"{s}: {PathTo(s)}"));
    }

    private static string Them(Cause cause) => cause.Services.Count == 1 ? "the service" : "each of them";

    private static string Join(IReadOnlyList<string> names) => FoldedPartsText.Join(names);

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);

    /// <summary>The single points of failure that belong to one declared component, by service, as the engine found them.</summary>
    private sealed class Cause
    {
        private readonly Dictionary<string, List<SinglePointOfFailure>> _byService = new(StringComparer.Ordinal);

        public Cause(string owner) => Owner = owner;

        public string Owner { get; }

        public List<string> Services { get; } = new();

        public List<string> Parts { get; } = new();

        public bool OwnerIsSpof { get; private set; }

        public IReadOnlyList<SinglePointOfFailure> SpofsOf(string service) => _byService[service];

        /// <summary>The engine's path from the service down to the component; empty when it is no single point of failure of it.</summary>
        public IReadOnlyList<string> PathTo(string service, string component) =>
            _byService.TryGetValue(service, out var spofs)
            && spofs.FirstOrDefault(s => string.Equals(s.Component, component, StringComparison.Ordinal)) is { } spof
                ? spof.Path
                : Array.Empty<string>();

        public void Add(SinglePointOfFailure spof)
        {
            var name = spof.Component;
            if (!_byService.TryGetValue(spof.Service, out var spofs))
            {
                spofs = new List<SinglePointOfFailure>();
                _byService.Add(spof.Service, spofs);
                Services.Add(spof.Service);
            }

            if (!spofs.Any(s => string.Equals(s.Component, name, StringComparison.Ordinal)))
            {
                spofs.Add(spof);
            }

            if (string.Equals(name, Owner, StringComparison.Ordinal))
            {
                OwnerIsSpof = true;
            }
            else if (!Parts.Contains(name, StringComparer.Ordinal))
            {
                Parts.Add(name);
            }
        }
    }
}
