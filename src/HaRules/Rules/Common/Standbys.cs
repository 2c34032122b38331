using HaRules.Model;

namespace HaRules.Rules.Common;

/// <summary>
/// The standby unit that satisfies every rule about a pair, decided in one place for the rules that
/// advise one (HA101, HA405, HA702, HA703) and the code fixes that write it, so that advice applied
/// as written never raises another rule: a firewall pair must copy its connection state (HA702), and
/// a load balancer that pins sessions with its session table must copy that table (HA407); any
/// other pair needs only the standby.
/// </summary>
internal static class Standbys
{
    /// <summary>The call that adds a standby that copies nothing.</summary>
    public const string Plain = "WithStandby()";

    /// <summary>The call that adds a standby the active unit copies its state to.</summary>
    public const string Synchronised = "WithStandby(stateSync: true)";

    /// <summary>Whether a pair of this kind, pinning sessions this way, must copy its state to the standby.</summary>
    public static bool MustSynchronise(ComponentKind kind, SessionPersistence? persistence) =>
        kind == ComponentKind.Firewall
        || (kind == ComponentKind.LoadBalancer && persistence == SessionPersistence.SessionTable);

    /// <summary>Whether the component's pair must copy its state to the standby.</summary>
    public static bool MustSynchronise(Component component) =>
        MustSynchronise(component.Kind, component.Properties.GetEnum<SessionPersistence>(PropertyNames.Persistence));

    /// <summary>The call that gives the component the standby every rule accepts.</summary>
    public static string Call(Component component) => MustSynchronise(component) ? Synchronised : Plain;

    /// <summary>The call for a pair of this kind, pinning sessions this way (for the code fixes, which read the declaring chain).</summary>
    public static string Call(ComponentKind kind, SessionPersistence? persistence) => MustSynchronise(kind, persistence) ? Synchronised : Plain;
}
