using HaRules.Model;

namespace HaRules;

/// <summary>
/// Network hardware that can run as an active/standby pair: routers, firewalls and load balancers.
/// The standby is a part named <c>name/standby</c> with its own power supplies and links.
/// </summary>
/// <typeparam name="TSelf">The concrete builder.</typeparam>
public abstract class PairedHardwareBuilder<TSelf> : LinkedHardwareBuilder<TSelf, SwitchBuilder>
    where TSelf : PairedHardwareBuilder<TSelf>
{
    private protected PairedHardwareBuilder(Declaration declaration)
        : base(declaration, "switch")
    {
    }

    /// <summary>
    /// Adds a standby unit (<c>name/standby</c>) that takes over when the active one fails (for a
    /// router, VRRP-style: it takes over the gateway address).
    /// </summary>
    public TSelf WithStandby()
    {
        Declaration.HasStandby = true;
        Declaration.SetFlag(PropertyNames.HasStandby, true);
        return Self;
    }

    // The pairs that can copy their state to the standby (firewall, load balancer) declare it
    // through this one call, each with the spelling and documentation of its own state.
    private protected TSelf WithStandbyStateSync(bool stateSync)
    {
        WithStandby();
        Declaration.SetFlag(PropertyNames.StateSync, stateSync);
        return Self;
    }
}
