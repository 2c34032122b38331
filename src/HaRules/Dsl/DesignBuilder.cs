using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using HaRules.Model;

namespace HaRules;

/// <summary>
/// Declares the components of a design. Each <c>AddX(name)</c> declares a component and returns
/// its builder; builders chain, and other components are referenced by their builders.
/// <see cref="Build"/> turns the declarations into the immutable <see cref="DesignModel"/>.
/// </summary>
public sealed class DesignBuilder
{
    private readonly List<Declaration> _declarations = new();
    private readonly List<DesignProblem> _problems = new();

    // One location per calling line: a design that declares in a loop calls Add… from the same few
    // lines thousands of times, and every component and relation of those calls keeps its location.
    private readonly Dictionary<(string File, int Line), SourceLocation> _locations = new();

    /// <summary>Creates a builder for a design called "Design".</summary>
    public DesignBuilder()
        : this("Design")
    {
    }

    /// <summary>Creates a builder for a design with the given name (usually its class name).</summary>
    public DesignBuilder(string name) => Name = name ?? string.Empty;

    /// <summary>The design's name.</summary>
    public string Name { get; }

    /// <summary>What was declared so far, in order.</summary>
    internal IReadOnlyList<Declaration> Declarations => _declarations;

    /// <summary>Declares a distribution panel or utility feed.</summary>
    public PowerFeedBuilder AddPowerFeed(string name, [CallerFilePath] string callerFile = "", [CallerLineNumber] int callerLine = 0) =>
        new(Declare(name, ComponentKind.PowerFeed, callerFile, callerLine));

    /// <summary>Declares a UPS; feed it with <see cref="UpsBuilder.FedBy"/>.</summary>
    public UpsBuilder AddUps(string name, [CallerFilePath] string callerFile = "", [CallerLineNumber] int callerLine = 0) =>
        new(Declare(name, ComponentKind.Ups, callerFile, callerLine));

    /// <summary>Declares a rack: a failure domain.</summary>
    public RackBuilder AddRack(string name, [CallerFilePath] string callerFile = "", [CallerLineNumber] int callerLine = 0) =>
        new(Declare(name, ComponentKind.Rack, callerFile, callerLine));

    /// <summary>Declares a network switch.</summary>
    public SwitchBuilder AddSwitch(string name, [CallerFilePath] string callerFile = "", [CallerLineNumber] int callerLine = 0) =>
        new(Declare(name, ComponentKind.Switch, callerFile, callerLine));

    /// <summary>Declares a SAN switch (a storage fabric).</summary>
    public SanSwitchBuilder AddSanSwitch(string name, [CallerFilePath] string callerFile = "", [CallerLineNumber] int callerLine = 0) =>
        new(Declare(name, ComponentKind.SanSwitch, callerFile, callerLine));

    /// <summary>Declares a router (default gateway).</summary>
    public RouterBuilder AddRouter(string name, [CallerFilePath] string callerFile = "", [CallerLineNumber] int callerLine = 0) =>
        new(Declare(name, ComponentKind.Router, callerFile, callerLine));

    /// <summary>Declares a firewall.</summary>
    public FirewallBuilder AddFirewall(string name, [CallerFilePath] string callerFile = "", [CallerLineNumber] int callerLine = 0) =>
        new(Declare(name, ComponentKind.Firewall, callerFile, callerLine));

    /// <summary>Declares a load balancer.</summary>
    public LoadBalancerBuilder AddLoadBalancer(string name, [CallerFilePath] string callerFile = "", [CallerLineNumber] int callerLine = 0) =>
        new(Declare(name, ComponentKind.LoadBalancer, callerFile, callerLine));

    /// <summary>Declares a storage array; carve RAID groups from it with <see cref="StorageArrayBuilder.AddRaidGroup"/>.</summary>
    public StorageArrayBuilder AddStorageArray(string name, [CallerFilePath] string callerFile = "", [CallerLineNumber] int callerLine = 0) =>
        new(Declare(name, ComponentKind.StorageArray, callerFile, callerLine));

    /// <summary>
    /// Declares a server, or with <paramref name="replicas"/> a group of servers named
    /// <c>name-1 … name-n</c> that every following call applies to.
    /// </summary>
    /// <param name="name">The server's (or group's) name.</param>
    /// <param name="replicas">The number of identical servers; omit for one server named <paramref name="name"/>.</param>
    /// <param name="callerFile">Filled in by the compiler.</param>
    /// <param name="callerLine">Filled in by the compiler.</param>
    public ServerBuilder AddServer(string name, int? replicas = null, [CallerFilePath] string callerFile = "", [CallerLineNumber] int callerLine = 0)
    {
        var declaration = Declare(name, ComponentKind.Server, callerFile, callerLine);
        declaration.Replicas = replicas;
        return new ServerBuilder(declaration);
    }

    /// <summary>Declares a database cluster in the given mode.</summary>
    public DatabaseClusterBuilder AddDatabaseCluster(string name, ClusterMode mode, [CallerFilePath] string callerFile = "", [CallerLineNumber] int callerLine = 0)
    {
        var declaration = Declare(name, ComponentKind.DatabaseCluster, callerFile, callerLine);
        declaration.SetText(PropertyNames.ClusterMode, mode.ToString());
        return new DatabaseClusterBuilder(declaration);
    }

    /// <summary>Declares a DNS name.</summary>
    public DnsNameBuilder AddDnsName(string name, [CallerFilePath] string callerFile = "", [CallerLineNumber] int callerLine = 0) =>
        new(Declare(name, ComponentKind.DnsName, callerFile, callerLine));

    /// <summary>Declares a backup job.</summary>
    public BackupBuilder AddBackup(string name, [CallerFilePath] string callerFile = "", [CallerLineNumber] int callerLine = 0) =>
        new(Declare(name, ComponentKind.Backup, callerFile, callerLine));

    /// <summary>Declares a service: the root the analysis walks from.</summary>
    public ServiceBuilder AddService(string name, [CallerFilePath] string callerFile = "", [CallerLineNumber] int callerLine = 0) =>
        new(Declare(name, ComponentKind.Service, callerFile, callerLine));

    /// <summary>Declares a generic component (an external service, a licence server, a cloud dependency).</summary>
    public GenericComponentBuilder AddComponent(string name, [CallerFilePath] string callerFile = "", [CallerLineNumber] int callerLine = 0) =>
        new(Declare(name, ComponentKind.Generic, callerFile, callerLine));

    /// <summary>Builds the immutable model of everything declared so far.</summary>
    public DesignModel Build() => ModelExpansion.Expand(Name, _declarations, _problems);

    /// <summary>
    /// The locations of every call declared so far with their columns, each found once by
    /// <paramref name="locate"/> (a location and the called method's name → the location with its
    /// column), for <see cref="BuildAt"/>: the model is then built with its columns, not copied to get them.
    /// </summary>
    internal SourceLocation[] LocateCalls(Func<SourceLocation, string, SourceLocation> locate) => ModelExpansion.Locate(_declarations, locate);

    /// <summary>Builds the model at the calls <see cref="LocateCalls"/> located (nothing may be declared in between).</summary>
    internal DesignModel BuildAt(SourceLocation[] located) => ModelExpansion.Expand(Name, _declarations, _problems, located);

    /// <summary>
    /// At least as many components as <see cref="Build"/> would make, counted without making them:
    /// the analyzer checks it before building, so a design too large to check while typing is
    /// never expanded inside the compiler.
    /// </summary>
    internal long ComponentsUpperBound() => ModelExpansion.ComponentsUpperBound(_declarations);

    internal Declaration Declare(string name, ComponentKind kind, string callerFile, int callerLine)
    {
        var declaration = new Declaration(this, name, kind, Location(callerFile, callerLine));
        _declarations.Add(declaration);
        return declaration;
    }

    /// <summary>The location of a call on this line: one object per line, shared by every call made there.</summary>
    internal SourceLocation Location(string callerFile, int callerLine)
    {
        var key = (callerFile ?? string.Empty, callerLine);
        if (!_locations.TryGetValue(key, out var location))
        {
            _locations.Add(key, location = new SourceLocation(key.Item1, callerLine));
        }

        return location;
    }

    internal void ReportInvalidReference(Declaration from, string what, Declaration? foreign)
    {
        var message = foreign is null
            ? $"'{from.Name}': a {what} reference is null, so it points to nothing; pass a component declared in this design"
            : $"'{from.Name}': the {what} '{foreign.Name}' belongs to another design ('{foreign.Design.Name}'); declare it in this design";
        _problems.Add(new DesignProblem(DesignProblemKind.UnknownReference, message, new[] { from.Name }, from.Location));
    }
}
