using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using HaRules.Model;

namespace HaRules;

/// <summary>
/// A server, or a group of replicas (<c>AddServer("web", replicas: 4)</c> declares web-1 … web-4);
/// every call applies to each replica.
/// </summary>
public sealed class ServerBuilder : HardwareBuilder<ServerBuilder>
{
    internal ServerBuilder(Declaration declaration)
        : base(declaration)
    {
    }

    /// <summary>Gives the server <paramref name="count"/> fans; with two or more it runs while all but one run (7.2.1).</summary>
    public ServerBuilder WithFans(int count)
    {
        Declaration.Fans = count;
        return SetCount(PropertyNames.Fans, count);
    }

    /// <summary>
    /// Gives the server one NIC port per switch argument, bonded in the given mode (7.2.2); the bond
    /// runs while one port and its switch run. Two ports on the same switch: pass it twice.
    /// </summary>
    public ServerBuilder WithNics(BondMode mode, params SwitchBuilder[] switches)
    {
        Declaration.NicSwitches = ResolveEach(switches, "switch");
        Declaration.SetText(PropertyNames.BondMode, mode.ToString());
        return SetCount(PropertyNames.Nics, Declaration.NicSwitches.Count);
    }

    /// <summary>
    /// Gives the server one HBA per SAN switch argument (7.3.2). With multipath off, only the first
    /// HBA's path is used.
    /// </summary>
    public ServerBuilder WithHbas(Multipath multipath, params SanSwitchBuilder[] sanSwitches)
    {
        Declaration.HbaSwitches = ResolveEach(sanSwitches, "SAN switch");
        Declaration.SetText(PropertyNames.Multipath, multipath.ToString());
        return SetCount(PropertyNames.Hbas, Declaration.HbaSwitches.Count);
    }

    /// <summary>Spreads the replicas over racks: replica i goes to rack ((i − 1) mod r) + 1.</summary>
    public ServerBuilder SpreadAcross(params RackBuilder[] racks)
    {
        Declaration.Racks = Resolve(racks, "rack");
        return this;
    }

    /// <summary>
    /// The server runs a web server (e.g. Apache) serving at most <paramref name="maxWorkers"/>
    /// concurrent requests; past that it answers with errors at once, it does not queue (7.4.1).
    /// </summary>
    public ServerBuilder RunsWebServer(int maxWorkers)
    {
        Declaration.SetFlag(PropertyNames.WebServer, true);
        return SetCount(PropertyNames.MaxWorkers, maxWorkers);
    }

    /// <summary>The server runs an application server keeping user sessions as given (7.5.1).</summary>
    public ServerBuilder RunsAppServer(SessionReplication sessionReplication)
    {
        Declaration.SetText(PropertyNames.SessionReplication, sessionReplication.ToString());
        return this;
    }

    /// <summary>
    /// The server (each replica) keeps a pool of connections to a database (7.5.2); it needs the
    /// database, through every firewall named with <see cref="ConnectionPoolBuilder.Through"/>.
    /// </summary>
    /// <param name="database">The database cluster connected to.</param>
    /// <param name="configure">Sets the pool's size, timeouts and path.</param>
    /// <param name="callerFile">Filled in by the compiler.</param>
    /// <param name="callerLine">Filled in by the compiler.</param>
    public ServerBuilder ConnectsTo(
        DatabaseClusterBuilder database,
        Action<ConnectionPoolBuilder>? configure = null,
        [CallerFilePath] string callerFile = "",
        [CallerLineNumber] int callerLine = 0)
    {
        var target = ResolveOne(database, "database");
        var pool = new ConnectionPoolBuilder(this);
        configure?.Invoke(pool);
        if (target is not null)
        {
            var relation = AddRelation(RelationKind.ConnectionPool, new[] { target }, location: Declaration.Design.Location(callerFile, callerLine))!;
            pool.CopyTo(relation);
        }

        return this;
    }

    internal Declaration? ResolveFor(ComponentBuilder? reference, string what) => ResolveOne(reference, what);

    // Each argument is one member (a port, an HBA): keep a slot even for an invalid reference.
    private List<Declaration?> ResolveEach(ComponentBuilder[]? references, string what)
    {
        var result = new List<Declaration?>();
        if (references is null)
        {
            Declaration.Design.ReportInvalidReference(Declaration, what, null);
            return result;
        }

        foreach (var reference in references)
        {
            result.Add(ResolveOne(reference, what));
        }

        return result;
    }
}

/// <summary>
/// A pool of database connections kept by each replica of an application server (7.5.2). Set its
/// minimum equal to its maximum (HA503) and keep it alive through firewalls (HA504).
/// </summary>
public sealed class ConnectionPoolBuilder
{
    private readonly ServerBuilder _server;
    private readonly Dictionary<string, PropertyValue> _properties = new(StringComparer.Ordinal);
    private readonly List<Declaration> _through = new();

    internal ConnectionPoolBuilder(ServerBuilder server) => _server = server;

    /// <summary>Connections opened at start-up and kept open.</summary>
    public ConnectionPoolBuilder Min(int connections)
    {
        _properties[PropertyNames.PoolMin] = PropertyValue.FromInteger(connections);
        return this;
    }

    /// <summary>The most connections the pool opens.</summary>
    public ConnectionPoolBuilder Max(int connections)
    {
        _properties[PropertyNames.PoolMax] = PropertyValue.FromInteger(connections);
        return this;
    }

    /// <summary>How long the pool keeps an unused connection open.</summary>
    public ConnectionPoolBuilder IdleTimeout(TimeSpan timeout)
    {
        _properties[PropertyNames.IdleTimeoutSeconds] = PropertyValue.FromNumber(timeout.TotalSeconds);
        return this;
    }

    /// <summary>How often the pool sends a keep-alive on idle connections.</summary>
    public ConnectionPoolBuilder KeepAlive(TimeSpan interval)
    {
        _properties[PropertyNames.KeepAliveSeconds] = PropertyValue.FromNumber(interval.TotalSeconds);
        return this;
    }

    /// <summary>The firewalls on the path to the database; the servers need every one of them.</summary>
    public ConnectionPoolBuilder Through(params FirewallBuilder[] firewalls)
    {
        if (firewalls is null)
        {
            _server.Declaration.Design.ReportInvalidReference(_server.Declaration, "firewall", null);
            return this;
        }

        foreach (var firewall in firewalls)
        {
            if (_server.ResolveFor(firewall, "firewall") is { } declaration)
            {
                _through.Add(declaration);
            }
        }

        return this;
    }

    internal void CopyTo(RelationSpec relation)
    {
        if (_properties.Count > 0)
        {
            relation.Properties = new Dictionary<string, PropertyValue>(_properties, StringComparer.Ordinal);
        }

        if (_through.Count > 0)
        {
            relation.Via = _through.ToArray();
        }
    }
}
