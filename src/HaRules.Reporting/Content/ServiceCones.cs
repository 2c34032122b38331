using System;
using System.Collections.Generic;
using System.Linq;
using HaRules.Model;
using HaRules.Reliability;

namespace HaRules.Reporting.Content;

/// <summary>
/// The dependency cone of each service: every component (and part) the reliability graph reaches
/// from the service's own nodes. A finding belongs to the services whose cone holds its first
/// component (or that component's owner).
/// </summary>
internal sealed class ServiceCones
{
    private readonly Dictionary<string, HashSet<string>> _cones = new(StringComparer.Ordinal);
    private readonly DesignModel _model;

    public ServiceCones(ReliabilityAnalysis reliability)
    {
        _model = reliability.Model;
        var graph = reliability.Graph;
        foreach (var service in reliability.Services)
        {
            var cone = new HashSet<string>(StringComparer.Ordinal) { service.Name };
            var seen = new bool[graph.NodeCount];
            var stack = new Stack<int>();
            for (var node = 0; node < graph.NodeCount; node++)
            {
                if (string.Equals(graph.NameOf(node), service.Name, StringComparison.Ordinal))
                {
                    seen[node] = true;
                    stack.Push(node);
                }
            }

            while (stack.Count > 0)
            {
                var node = stack.Pop();
                if (graph.NameOf(node) is { } name)
                {
                    cone.Add(name);
                }

                foreach (var child in graph.ChildrenOf(node))
                {
                    if (!seen[child])
                    {
                        seen[child] = true;
                        stack.Push(child);
                    }
                }
            }

            _cones[service.Name] = cone;
        }

        Services = reliability.Services.Select(s => s.Name).ToList();
    }

    /// <summary>The services, in declaration order.</summary>
    public IReadOnlyList<string> Services { get; }

    /// <summary>The services whose cone holds the component or its owner, in declaration order.</summary>
    public IEnumerable<string> ServicesOf(string? component)
    {
        if (string.IsNullOrEmpty(component))
        {
            return Array.Empty<string>();
        }

        // A name may be a component, a part (counted with its owner) or a replica group (counted with its replicas).
        var names = _model.Resolve(component!).SelectMany(c => c.Owner is { } owner ? new[] { c.Name, owner } : new[] { c.Name })
            .Append(component!)
            .ToList();
        return Services.Where(s => names.Any(_cones[s].Contains));
    }
}
