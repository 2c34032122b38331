namespace HaRules.Model;

/// <summary>
/// What a <see cref="Relation"/> holds besides its source: kind, targets, count, passages,
/// properties and location. The relations the design language makes from alike declarations
/// (every power supply's link to one UPS, every replica's link to its rack) agree in all of it,
/// so they share one shape and a relation costs its source and one reference: a model of millions
/// of relations paid for the same six fields millions of times, and every full collection walked
/// them. Nothing writes to a shape or its arrays.
/// </summary>
internal sealed class RelationShape
{
    public RelationShape(RelationKind kind, string[] targets, SourceLocation location, int? count, string[] via, PropertyBag properties)
    {
        Kind = kind;
        Targets = targets;
        Location = location;
        Count = count;
        Via = via;
        Properties = properties;
    }

    public RelationKind Kind { get; }

    public string[] Targets { get; }

    public SourceLocation Location { get; }

    public int? Count { get; }

    public string[] Via { get; }

    public PropertyBag Properties { get; }

    /// <summary>This shape at another location.</summary>
    public RelationShape At(SourceLocation location) => new(Kind, Targets, location, Count, Via, Properties);
}
