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
        var services = RequestPaths.StatefulServices(model)
            .Select(s => (Service: s.Name, Reached: RequestPaths.ReachableFrom(model, s.Name)))
            .ToList();
        foreach (var (dns, _) in RequestPaths.DnsRoundRobins(model))
        {
            var fronted = services.Where(s => s.Reached.Contains(dns.Name)).Select(s => s.Service).ToList();
            if (fronted.Count == 0)
            {
                continue;
            }

            yield return context.Create(
                Id,
                $"DNS name {dns.Name} round-robins in front of stateful service {Units.List(fronted)}: DNS cannot keep a client on the server holding its session; put a load balancer with session persistence (and replicated sessions) in front instead",
                new[] { dns.Name }.Concat(fronted));
        }
    }
}
