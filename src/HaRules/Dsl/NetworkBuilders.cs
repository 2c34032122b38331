using System;
using HaRules.Model;

namespace HaRules;

/// <summary>A network switch. Bonded NIC ports cabled to different switches survive a switch failure (7.2.2).</summary>
public sealed class SwitchBuilder : HardwareBuilder<SwitchBuilder>
{
    internal SwitchBuilder(Declaration declaration)
        : base(declaration)
    {
    }

    /// <summary>
    /// Makes the switch a member of a stack or an MLAG (multi-chassis link aggregation) pair: the
    /// switches that name the same <paramref name="stack"/> act as one logical switch, so a server
    /// can aggregate ports across them with LACP (<see cref="BondMode.Lacp"/>, HA206). Each member
    /// still fails on its own.
    /// </summary>
    /// <param name="stack">The name of the stack or MLAG domain, shared by its members.</param>
    public SwitchBuilder InStack(string stack)
    {
        Declaration.SetText(PropertyNames.SwitchStack, stack ?? string.Empty);
        return this;
    }
}

/// <summary>A SAN switch: one storage fabric (7.3.1). Multipath HBAs on two fabrics survive one failing.</summary>
public sealed class SanSwitchBuilder : HardwareBuilder<SanSwitchBuilder>
{
    internal SanSwitchBuilder(Declaration declaration)
        : base(declaration)
    {
    }
}

/// <summary>A router or default gateway; <see cref="PairedHardwareBuilder{TSelf}.WithStandby"/> makes it a VRRP-style pair.</summary>
public sealed class RouterBuilder : PairedHardwareBuilder<RouterBuilder>
{
    internal RouterBuilder(Declaration declaration)
        : base(declaration)
    {
    }
}

/// <summary>A firewall. Firewalls may silently drop idle sessions, killing pooled connections (7.5.2).</summary>
public sealed class FirewallBuilder : PairedHardwareBuilder<FirewallBuilder>
{
    internal FirewallBuilder(Declaration declaration)
        : base(declaration)
    {
    }

    /// <summary>
    /// Adds a standby unit (<c>name/standby</c>); with <paramref name="stateSync"/> the pair
    /// synchronises connection state, so sessions survive failover. Without an argument it declares
    /// a pair that does not synchronise (and says so: <c>stateSync</c> is false, not undeclared).
    /// </summary>
    /// <param name="stateSync">True when the active unit copies its connection table to the standby.</param>
    public FirewallBuilder WithStandby(bool stateSync = false) => WithStandbyStateSync(stateSync);

    /// <summary>How long the firewall keeps an idle session before silently dropping it.</summary>
    public FirewallBuilder IdleTimeout(TimeSpan timeout)
    {
        Declaration.SetDuration(PropertyNames.IdleTimeoutSeconds, timeout);
        return this;
    }
}

/// <summary>A load balancer (7.4.2): spreads requests over its targets, health-checks them and fails over.</summary>
public sealed class LoadBalancerBuilder : PairedHardwareBuilder<LoadBalancerBuilder>
{
    internal LoadBalancerBuilder(Declaration declaration)
        : base(declaration)
    {
    }

    /// <summary>
    /// Adds a standby unit (<c>name/standby</c>) that takes over when the active one fails; with
    /// <paramref name="stateSync"/> the pair synchronises its session table (which client is pinned
    /// to which server) and connection state to the standby, so pinned sessions survive a failover.
    /// <c>WithStandby()</c> declares a pair that does not synchronise.
    /// </summary>
    /// <param name="stateSync">True when the active unit copies its session table to the standby.</param>
    public LoadBalancerBuilder WithStandby(bool stateSync) => WithStandbyStateSync(stateSync);

    /// <summary>How the load balancer picks a server for a new session.</summary>
    public LoadBalancerBuilder Algorithm(LoadBalancing algorithm)
    {
        Declaration.SetText(PropertyNames.Algorithm, algorithm.ToString());
        return this;
    }

    /// <summary>Health-checks the targets at this interval and stops sending traffic to a stopped one.</summary>
    public LoadBalancerBuilder HealthCheck(TimeSpan interval)
    {
        Declaration.SetDuration(PropertyNames.HealthCheckSeconds, interval);
        return this;
    }

    /// <summary>Keeps a client on the server it was first assigned (cookie or session table).</summary>
    public LoadBalancerBuilder Persistence(SessionPersistence persistence)
    {
        Declaration.SetText(PropertyNames.Persistence, persistence.ToString());
        return this;
    }

    /// <summary>The servers (or replica groups) the load balancer spreads traffic over.</summary>
    public LoadBalancerBuilder Targets(params ComponentBuilder[] targets)
    {
        AddRelation(RelationKind.Targets, Resolve(targets, "target"));
        return this;
    }
}

/// <summary>A DNS name (7.4.2): resolves to a load balancer, or round-robins over server addresses.</summary>
public sealed class DnsNameBuilder : ComponentBuilder<DnsNameBuilder>
{
    internal DnsNameBuilder(Declaration declaration)
        : base(declaration)
    {
    }

    /// <summary>The name resolves to this component (usually a load balancer).</summary>
    public DnsNameBuilder Resolves(ComponentBuilder target)
    {
        var resolved = ResolveOne(target, "resolved component");
        AddRelation(RelationKind.Resolves, resolved is null ? Array.Empty<Declaration>() : new[] { resolved });
        return this;
    }

    /// <summary>DNS round robin: the name returns each server's address in turn, with no health check (HA401).</summary>
    public DnsNameBuilder RoundRobin(params ServerBuilder[] servers)
    {
        AddRelation(RelationKind.RoundRobin, Resolve(servers, "server"));
        return this;
    }
}
