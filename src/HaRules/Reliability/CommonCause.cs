using System.Collections.Generic;

namespace HaRules.Reliability;

/// <summary>
/// A redundancy group whose members all depend on one basic event outside themselves and their
/// owner (HA102): that event alone stops every member, so the redundancy is defeated.
/// </summary>
public sealed class CommonCause
{
    internal CommonCause(RedundancyKind kind, string owner, string sharedEvent, IReadOnlyList<string> otherSharedEvents, IReadOnlyList<string> members)
    {
        Kind = kind;
        Owner = owner;
        SharedEvent = sharedEvent;
        OtherSharedEvents = otherSharedEvents;
        Members = members;
    }

    /// <summary>What kind of redundancy the group provides.</summary>
    public RedundancyKind Kind { get; }

    /// <summary>The component, replica group or cluster the members belong to.</summary>
    public string Owner { get; }

    /// <summary>The shared event nearest the members (a UPS before the feed behind it).</summary>
    public string SharedEvent { get; }

    /// <summary>Any other events that alone stop every member, sorted by name.</summary>
    public IReadOnlyList<string> OtherSharedEvents { get; }

    /// <summary>The members, in declaration order.</summary>
    public IReadOnlyList<string> Members { get; }
}
