using System.Collections.Generic;
using HaRules.Model;

namespace HaRules;

/// <summary>
/// The property bags of one expansion, one object per distinct content. A design of many alike
/// services declares the same properties thousands of times (every load balancer's health check,
/// every web replica's workers with its replica index): a bag per component cost two objects
/// (the bag and its values) that every full collection walked. Bags are shared only when
/// identical (<see cref="PropertyBag.IsIdenticalTo"/>: a number by its bits, so 0 and -0 stay
/// apart), so a shared bag renders exactly as the one it stands for; nothing writes to a bag.
/// </summary>
internal sealed class PropertyBagPool
{
    private readonly Dictionary<PropertyBag, PropertyBag> _bags = new(IdenticalBags.Instance);

    // Per shared bag of a group's declaration (its replica index a placeholder): the bag of each
    // replica, by 0-based index, made on first use.
    private readonly Dictionary<PropertyBag, PropertyBag?[]> _replicas = new(IdenticalBags.Instance);

    // The replica index values 1, 2, 3…: every replica bag holds one of them.
    private readonly List<PropertyValue> _replicaIndexes = new();

    /// <summary>The shared bag identical to <paramref name="bag"/> (the first such bag given).</summary>
    public PropertyBag Share(PropertyBag bag)
    {
        if (bag.Count == 0)
        {
            return PropertyBag.Empty;
        }

        if (_bags.TryGetValue(bag, out var shared))
        {
            return shared;
        }

        _bags.Add(bag, bag);
        return bag;
    }

    /// <summary>
    /// The bag of the replica at 0-based <paramref name="index"/> of a group whose shared bag is
    /// <paramref name="group"/>: that bag with replica index <c>index + 1</c> at
    /// <paramref name="replicaAt"/> (its position in key order). Shared by every group of that bag.
    /// </summary>
    public PropertyBag Replica(PropertyBag group, int replicaAt, int index)
    {
        if (!_replicas.TryGetValue(group, out var replicas) || replicas.Length <= index)
        {
            var grown = new PropertyBag?[System.Math.Max(index + 1, 2 * (replicas?.Length ?? 0))];
            replicas?.CopyTo(grown, 0);
            _replicas[group] = replicas = grown;
        }

        return replicas[index] ??= Share(group.WithValueAt(replicaAt, ReplicaIndex(index)));
    }

    private PropertyValue ReplicaIndex(int index)
    {
        while (_replicaIndexes.Count <= index)
        {
            _replicaIndexes.Add(PropertyValue.FromInteger(_replicaIndexes.Count + 1));
        }

        return _replicaIndexes[index];
    }

    private sealed class IdenticalBags : IEqualityComparer<PropertyBag>
    {
        public static readonly IdenticalBags Instance = new();

        public bool Equals(PropertyBag? x, PropertyBag? y) => x is null ? y is null : y is not null && x.IsIdenticalTo(y);

        public int GetHashCode(PropertyBag bag) => bag.IdentityHash();
    }
}
