using System;
using System.Collections.Generic;
using System.Linq;
using HaRules.Model;
using HaRules.Reliability;

namespace HaRules.Reporting.Content;

/// <summary>
/// The dependency cone of each service: every component (and part) the reliability graph reaches
/// from the service's own nodes. A finding belongs to the services whose cone holds its first
/// component (or that component's owner). Kept inverted — per component name, the services whose
/// cone holds it — so a finding's services cost its own names, not a look into every cone.
/// </summary>
internal sealed class ServiceCones
{
    private readonly Dictionary<string, List<int>> _servicesByName = new(StringComparer.Ordinal);
    private readonly DesignModel _model;

    public ServiceCones(ReliabilityAnalysis reliability)
    {
        _model = reliability.Model;
        var graph = reliability.Graph;
        Services = reliability.Services.Select(s => s.Name).ToList();

        // A service's own nodes are every node named after it; one pass finds them all.
        var serviceIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var s = 0; s < Services.Count; s++)
        {
            serviceIndex[Services[s]] = s;
        }

        var roots = Services.Select(_ => new List<int>()).ToArray();
        for (var node = 0; node < graph.NodeCount; node++)
        {
            if (graph.NameOf(node) is { } name && serviceIndex.TryGetValue(name, out var s))
            {
                roots[s].Add(node);
            }
        }

        // Each node is marked with the last service whose walk reached it, so one array serves every walk.
        var seenBy = new int[graph.NodeCount];
        seenBy.AsSpan().Fill(-1);
        var stack = new Stack<int>();
        for (var s = 0; s < Services.Count; s++)
        {
            // The service's own name is in its cone even when the graph has no node for it (a duplicate name).
            Add(Services[s], s);
            foreach (var root in roots[s])
            {
                seenBy[root] = s;
                stack.Push(root);
            }

            while (stack.Count > 0)
            {
                var node = stack.Pop();
                if (graph.NameOf(node) is { } name)
                {
                    Add(name, s);
                }

                foreach (var child in graph.ChildrenOf(node))
                {
                    if (seenBy[child] != s)
                    {
                        seenBy[child] = s;
                        stack.Push(child);
                    }
                }
            }
        }
    }

    /// <summary>The services, in declaration order.</summary>
    public IReadOnlyList<string> Services { get; }

    /// <summary>The indices (into <see cref="Services"/>) of the services whose cone holds the component or its owner, ascending.</summary>
    public IReadOnlyList<int> IndicesOf(string? component)
    {
        if (string.IsNullOrEmpty(component))
        {
            return Array.Empty<int>();
        }

        // A name may be a component, a part (counted with its owner) or a replica group (counted with its replicas).
        var result = new SortedSet<int>();
        AddServices(component!, result);
        foreach (var member in _model.Resolve(component!))
        {
            AddServices(member.Name, result);
            if (member.Owner is { } owner)
            {
                AddServices(owner, result);
            }
        }

        return result.ToArray();
    }

    private void AddServices(string name, SortedSet<int> result)
    {
        if (_servicesByName.TryGetValue(name, out var services))
        {
            result.UnionWith(services);
        }
    }

    // Walks visit services in order, so a name's list stays ascending and its last entry tells a repeat.
    private void Add(string name, int service)
    {
        if (!_servicesByName.TryGetValue(name, out var services))
        {
            _servicesByName.Add(name, services = new List<int>(1));
        }

        if (services.Count == 0 || services[services.Count - 1] != service)
        {
            services.Add(service);
        }
    }
}
