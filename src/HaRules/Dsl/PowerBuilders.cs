using HaRules.Model;

namespace HaRules;

/// <summary>A distribution panel or utility feed (7.2.1): a power source that can fail.</summary>
public sealed class PowerFeedBuilder : ComponentBuilder<PowerFeedBuilder>, IPowerSource
{
    internal PowerFeedBuilder(Declaration declaration)
        : base(declaration)
    {
    }
}

/// <summary>An uninterruptible power supply: a power source that runs while any of its feeds is live.</summary>
public sealed class UpsBuilder : ComponentBuilder<UpsBuilder>, IPowerSource
{
    internal UpsBuilder(Declaration declaration)
        : base(declaration)
    {
    }

    /// <summary>Feeds the UPS from these feeds; it runs while any one of them is live.</summary>
    public UpsBuilder FedBy(params PowerFeedBuilder[] feeds)
    {
        AddRelation(RelationKind.FedBy, Resolve(feeds, "feed"), 1);
        return this;
    }

    /// <summary>Places the UPS in a rack.</summary>
    public UpsBuilder InRack(RackBuilder rack) => PlaceInRack(rack);
}

/// <summary>A rack: a failure domain. When it fails, every component in it fails with it.</summary>
public sealed class RackBuilder : ComponentBuilder<RackBuilder>
{
    internal RackBuilder(Declaration declaration)
        : base(declaration)
    {
    }
}
