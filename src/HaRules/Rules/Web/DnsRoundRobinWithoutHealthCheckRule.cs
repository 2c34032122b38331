using System.Collections.Generic;
using System.Linq;
using HaRules.Findings;
using HaRules.Model;
using HaRules.Rules.Common;

namespace HaRules.Rules.Web;

/// <summary>
/// HA401: a DNS name round-robins over two or more servers. DNS does not monitor them, so it keeps
/// handing out a stopped server's address and that share of users gets errors (7.4.2).
/// </summary>
public sealed class DnsRoundRobinWithoutHealthCheckRule : DesignRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "HA401";

    /// <summary>Creates the rule.</summary>
    public DnsRoundRobinWithoutHealthCheckRule()
        : base(new RuleDescriptor(Id, "DNS round robin without health checks", RuleCategory.Web, Severity.Warning, "7.4.2"))
    {
    }

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var model = context.Model;
        foreach (var (dns, targets) in RequestPaths.DnsRoundRobins(model))
        {
            var servers = targets.Select(s => s.Name).ToList();
            yield return context.Create(
                Id,
                $"DNS name {dns.Name} round-robins over {Units.List(servers)} with nothing checking their health: it keeps returning a stopped server's address; resolve it to a load balancer with a health check (Resolves(lb)) instead",
                new[] { dns.Name }.Concat(servers));
        }
    }
}
