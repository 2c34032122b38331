using System;
using System.Collections.Generic;
using HaRules.Model;

namespace HaRules;

/// <summary>
/// What one <c>Add…</c> call and the calls chained on its builder declared, before replicas and
/// parts are expanded into the model. Mutable while the design is being described.
/// </summary>
internal sealed class Declaration
{
    private string[]? _asTarget;

    // Made on first use: most declarations have no acceptance, and a design of a million
    // components paid for a million empty lists while it was described and expanded.
    private List<Acceptance>? _acceptances;
    private List<RelationSpec>? _relations;

    public Declaration(DesignBuilder design, string name, ComponentKind kind, SourceLocation location)
    {
        Design = design;
        Name = name ?? string.Empty;
        Kind = kind;
        Location = location;
    }

    public DesignBuilder Design { get; }

    public string Name { get; }

    public ComponentKind Kind { get; }

    public SourceLocation Location { get; }

    /// <summary>The declared replica count, or null for a single component.</summary>
    public int? Replicas { get; set; }

    /// <summary>The array of a RAID group, the RAID group of a volume.</summary>
    public Declaration? Parent { get; set; }

    public Dictionary<string, PropertyValue> Properties { get; } = new(StringComparer.Ordinal);

    /// <summary>One entry per PSU: its source (null when the reference was invalid).</summary>
    public List<Declaration?>? PowerSupplies { get; set; }

    public List<Declaration?>? NicSwitches { get; set; }

    public List<Declaration?>? HbaSwitches { get; set; }

    public int? Fans { get; set; }

    public int? Controllers { get; set; }

    public bool HasStandby { get; set; }

    /// <summary>One rack (<c>InRack</c>) or several that replicas are spread across; a later call replaces the list.</summary>
    public IReadOnlyList<Declaration> Racks { get; set; } = Array.Empty<Declaration>();

    public IReadOnlyList<RelationSpec> Relations => (IReadOnlyList<RelationSpec>?)_relations ?? Array.Empty<RelationSpec>();

    public IReadOnlyList<Acceptance> Acceptances => (IReadOnlyList<Acceptance>?)_acceptances ?? Array.Empty<Acceptance>();

    /// <summary>
    /// This declaration's name as a one-name array, made once: the target of every relation that
    /// names only this declaration (a UPS every power supply of a design points at, a rack, a
    /// switch) shares it, as one array per relation cost more than the relations' other fields.
    /// Nothing writes to a model's target arrays.
    /// </summary>
    public string[] AsTarget => _asTarget ??= new[] { Name };

    /// <summary>True when this declares a replica group rather than one component.</summary>
    public bool IsGroup => Replicas is not null;

    public void Relate(RelationSpec relation) => (_relations ??= new List<RelationSpec>()).Add(relation);

    public void Accept(Acceptance acceptance) => (_acceptances ??= new List<Acceptance>()).Add(acceptance);

    public void Set(string name, PropertyValue value) => Properties[name] = value;

    public void SetNumber(string name, double value) => Properties[name] = PropertyValue.FromNumber(value);

    public void SetInteger(string name, long value) => Properties[name] = PropertyValue.FromInteger(value);

    public void SetText(string name, string value) => Properties[name] = PropertyValue.FromText(value);

    public void SetFlag(string name, bool value) => Properties[name] = PropertyValue.FromBoolean(value);

    public void SetDuration(string name, TimeSpan value) => SetNumber(name, value.TotalSeconds);
}

/// <summary>A relation as declared: targets are declarations, expanded to names when the model is built.</summary>
internal sealed class RelationSpec
{
    public RelationSpec(RelationKind kind, IReadOnlyList<Declaration> targets, SourceLocation location)
    {
        Kind = kind;
        Targets = targets;
        Location = location;
    }

    public RelationKind Kind { get; }

    public IReadOnlyList<Declaration> Targets { get; }

    public SourceLocation Location { get; }

    public int? Count { get; set; }

    /// <summary>The firewalls a connection pool passes through; empty for any other relation.</summary>
    public IReadOnlyList<Declaration> Via { get; set; } = Array.Empty<Declaration>();

    /// <summary>A connection pool's settings; null for any other relation (most have none).</summary>
    public Dictionary<string, PropertyValue>? Properties { get; set; }
}
