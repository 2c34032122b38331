namespace HaRules.Model;

/// <summary>
/// What a <see cref="Component"/> holds besides its names (its own, its owner's, its group's):
/// kind, location and properties. Every power supply, fan or disk expanded from one declaring line
/// agrees in all of it, and so do the alike declarations of a design declared in a loop (the
/// design language shares their bags and locations), so they share one shape: a component costs
/// its names and one reference. Nothing writes to a shape.
/// </summary>
internal sealed class ComponentShape
{
    public ComponentShape(ComponentKind kind, SourceLocation location, PropertyBag properties)
    {
        Kind = kind;
        Location = location;
        Properties = properties;
    }

    public ComponentKind Kind { get; }

    public SourceLocation Location { get; }

    public PropertyBag Properties { get; }
}
