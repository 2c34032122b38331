using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using HaRules.Model;

namespace HaRules;

/// <summary>
/// A declared component, as returned by a <c>design.AddX(...)</c> call. Pass it to other builders
/// to reference the component; the compiler then checks every reference.
/// </summary>
public abstract class ComponentBuilder
{
    private protected ComponentBuilder(Declaration declaration) => Declaration = declaration;

    /// <summary>The component's name as declared (a replica group's name for <c>AddServer(name, replicas:)</c>).</summary>
    public string Name => Declaration.Name;

    internal Declaration Declaration { get; }

    /// <summary>
    /// Resolves references to other components, recording HA002 for a null reference or one to
    /// another design (the reference is then left out, so the rest of the design still checks).
    /// </summary>
    private protected List<Declaration> Resolve(IEnumerable<ComponentBuilder?>? references, string what)
    {
        var resolved = new List<Declaration>();
        if (references is null)
        {
            Declaration.Design.ReportInvalidReference(Declaration, what, null);
            return resolved;
        }

        foreach (var reference in references)
        {
            if (ResolveOne(reference, what) is { } declaration)
            {
                resolved.Add(declaration);
            }
        }

        return resolved;
    }

    private protected Declaration? ResolveOne(ComponentBuilder? reference, string what)
    {
        if (reference is null || !ReferenceEquals(reference.Declaration.Design, Declaration.Design))
        {
            Declaration.Design.ReportInvalidReference(Declaration, what, reference?.Declaration);
            return null;
        }

        return reference.Declaration;
    }

    // A relation left with no target (every reference was invalid, already reported) is dropped.
    private protected RelationSpec? AddRelation(RelationKind kind, IReadOnlyList<Declaration> targets, int? count = null, SourceLocation? location = null)
    {
        if (targets.Count == 0)
        {
            return null;
        }

        var relation = new RelationSpec(kind, targets, location ?? Declaration.Location) { Count = count };
        Declaration.Relate(relation);
        return relation;
    }
}

/// <summary>
/// The calls every component builder takes: dependencies, failure data and acceptances.
/// </summary>
/// <typeparam name="TSelf">The concrete builder, returned by every call so calls chain.</typeparam>
public abstract class ComponentBuilder<TSelf> : ComponentBuilder
    where TSelf : ComponentBuilder<TSelf>
{
    private protected ComponentBuilder(Declaration declaration)
        : base(declaration)
    {
    }

    private protected TSelf Self => (TSelf)this;

    /// <summary>This component needs every one of the given components to run.</summary>
    /// <param name="components">The components needed; a replica group counts as running while one replica runs.</param>
    public TSelf DependsOn(params ComponentBuilder[] components)
    {
        var targets = Resolve(components, "dependency");
        AddRelation(RelationKind.DependsOn, targets, targets.Count);
        return Self;
    }

    /// <summary>This component needs at least one of the given components (alternatives for each other).</summary>
    public TSelf DependsOnAnyOf(params ComponentBuilder[] components)
    {
        AddRelation(RelationKind.DependsOn, Resolve(components, "dependency"), 1);
        return Self;
    }

    /// <summary>This component needs at least <paramref name="count"/> of the given components (k-of-n).</summary>
    public TSelf DependsOnAtLeast(int count, params ComponentBuilder[] components)
    {
        AddRelation(RelationKind.DependsOn, Resolve(components, "dependency"), count);
        return Self;
    }

    /// <summary>Declares the component's availability (0 to 1, e.g. 0.9999); 1.0 means it cannot fail.</summary>
    public TSelf Availability(double availability)
    {
        Declaration.SetNumber(PropertyNames.Availability, availability);
        return Self;
    }

    /// <summary>Declares the component's mean time between failures.</summary>
    public TSelf Mtbf(TimeSpan meanTimeBetweenFailures)
    {
        Declaration.SetDuration(PropertyNames.MtbfSeconds, meanTimeBetweenFailures);
        return Self;
    }

    /// <summary>Declares the component's mean time to repair.</summary>
    public TSelf Mttr(TimeSpan meanTimeToRepair)
    {
        Declaration.SetDuration(PropertyNames.MttrSeconds, meanTimeToRepair);
        return Self;
    }

    /// <summary>
    /// Accepts a rule's findings about this component with a written reason: they are listed in
    /// the report but not raised as warnings or errors. An unknown ID or an empty reason is HA007.
    /// </summary>
    /// <param name="ruleId">The rule to accept, e.g. <c>HA205</c>.</param>
    /// <param name="reason">Why the finding is acceptable here.</param>
    /// <param name="expires">An ISO date (<c>yyyy-MM-dd</c>) after which the acceptance lapses (HA008), or null.</param>
    /// <param name="callerFile">Filled in by the compiler.</param>
    /// <param name="callerLine">Filled in by the compiler.</param>
    public TSelf Accept(
        string ruleId,
        string reason,
        string? expires = null,
        [CallerFilePath] string callerFile = "",
        [CallerLineNumber] int callerLine = 0)
    {
        Declaration.Accept(new Acceptance(Declaration.Name, ruleId, reason, expires, Declaration.Design.Location(callerFile, callerLine)));
        return Self;
    }

    // Hardware and UPSes stand in racks; a later call replaces the earlier rack (docs/decisions.md).
    private protected TSelf PlaceInRack(RackBuilder rack)
    {
        Declaration.Racks = ResolveOne(rack, "rack") is { } declaration ? new[] { declaration } : Array.Empty<Declaration>();

        return Self;
    }

    private protected TSelf SetCount(string property, int value)
    {
        Declaration.SetInteger(property, value);
        return Self;
    }

    private protected static string Invariant(double value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// The calls of physical components that take power and stand in racks: servers, switches,
/// SAN switches, routers, firewalls, load balancers, storage arrays and generic components.
/// </summary>
/// <typeparam name="TSelf">The concrete builder.</typeparam>
public abstract class HardwareBuilder<TSelf> : ComponentBuilder<TSelf>
    where TSelf : HardwareBuilder<TSelf>
{
    private protected HardwareBuilder(Declaration declaration)
        : base(declaration)
    {
    }

    /// <summary>
    /// Gives the component one power supply per argument, each on the given source. It runs while
    /// at least one PSU has a live source; two PSUs on the same UPS are still one path (HA202).
    /// </summary>
    public TSelf WithPowerSupplies(params IPowerSource[] sources)
    {
        var supplies = new List<Declaration?>();
        if (sources is null)
        {
            Declaration.Design.ReportInvalidReference(Declaration, "power source", null);
        }
        else
        {
            foreach (var source in sources)
            {
                supplies.Add(ResolveOne(source as ComponentBuilder, "power source"));
            }
        }

        Declaration.PowerSupplies = supplies;
        Declaration.SetInteger(PropertyNames.PowerSupplies, supplies.Count);
        return Self;
    }

    /// <summary>Places the component (every replica) in a rack, a failure domain that can fail as a whole.</summary>
    public TSelf InRack(RackBuilder rack) => PlaceInRack(rack);
}
