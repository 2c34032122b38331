using HaRules.Model;

namespace HaRules;

/// <summary>
/// Hardware whose ports are declared by the switches they are cabled to: routers, firewalls and
/// load balancers on network switches, storage arrays on SAN switches.
/// </summary>
/// <typeparam name="TSelf">The concrete builder.</typeparam>
/// <typeparam name="TSwitch">The kind of switch the ports go to.</typeparam>
public abstract class LinkedHardwareBuilder<TSelf, TSwitch> : HardwareBuilder<TSelf>
    where TSelf : LinkedHardwareBuilder<TSelf, TSwitch>
    where TSwitch : ComponentBuilder
{
    // How HA002 names a bad reference: "switch" or "SAN switch".
    private readonly string _switchKind;

    private protected LinkedHardwareBuilder(Declaration declaration, string switchKind)
        : base(declaration)
    {
        _switchKind = switchKind;
    }

    /// <summary>
    /// Connects the component (each unit of a pair) to switches; it needs any one of them.
    /// </summary>
    /// <param name="switches">The switches its ports are cabled to.</param>
    public TSelf ConnectedTo(params TSwitch[] switches)
    {
        AddRelation(RelationKind.ConnectedTo, Resolve(switches, _switchKind), 1);
        return Self;
    }
}
