using System.Collections.Generic;
using System.Linq;
using HaRules.Findings;
using HaRules.Model;
using HaRules.Rules.Common;

namespace HaRules.Rules.Web;

/// <summary>
/// HA402: DNS round robin (over two or more servers) fronts a <c>Stateful()</c> service: DNS knows
/// nothing of sessions, so a client cannot be kept on the server that holds its state (7.4.2).
/// </summary>
public sealed class DnsRoundRobinStatefulRule : DesignRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "HA402";

    /// <summary>Creates the rule.</summary>
    public DnsRoundRobinStatefulRule()
        : base(new RuleDescriptor(Id, "DNS round robin in front of a stateful service", RuleCategory.Web, Severity.Warning, "7.4.2"))
    {
    }

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var model = context.Model;
        var services = RequestPaths.StatefulServices(model).ToList();
        if (services.Count == 0)
        {
            yield break;
        }

        // Each DNS name's fronted services are those that reach it: one walk back from it, not a
        // walk forward from every stateful service, then its services in declaration order.
        var graph = RequestGraph.Of(context);
        var servicesAt = new Dictionary<int, List<int>>();
        for (var s = 0; s < services.Count; s++)
        {
            var node = graph.NodeOf(services[s].Name);
            if (!servicesAt.TryGetValue(node, out var at))
            {
                servicesAt.Add(node, at = new List<int>());
            }

            at.Add(s);
        }

        var seen = new int[graph.Count];
        var stamp = 0;
        foreach (var (dns, _) in RequestPaths.DnsRoundRobins(model))
        {
            var reached = new List<int>();
            foreach (var node in graph.Reaching(graph.NodeOf(dns.Name), seen, ++stamp))
            {
                if (servicesAt.TryGetValue(node, out var at))
                {
                    reached.AddRange(at);
                }
            }

            if (reached.Count == 0)
            {
                continue;
            }

            reached.Sort();
            var fronted = reached.Select(s => services[s].Name).ToList();
            yield return context.Create(
                Id,
                $"DNS name {dns.Name} round-robins in front of stateful service {Units.List(fronted)}: DNS cannot keep a client on the server holding its session; put a load balancer with session persistence (and replicated sessions) in front instead",
                new[] { dns.Name }.Concat(fronted));
        }
    }
}
