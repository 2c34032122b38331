using System.Runtime.CompilerServices;
using HaRules.Model;

namespace HaRules;

/// <summary>
/// The relation shapes of one expansion (<see cref="RelationShape"/>), one per distinct set of
/// objects: the relations of every member, part and alike declaration share them. The expansion
/// shares target arrays, bags and locations already, so alike relations are found by those
/// objects' identities, without comparing names; objects merely equal are kept apart, which costs
/// sharing, never meaning. An open-addressed table of the shapes themselves: a design whose
/// targets differ per declaration has a shape per few relations, and a dictionary's entries with
/// their keys allocated several times what the shapes saved.
/// </summary>
internal sealed class RelationShapePool
{
    private RelationShape?[] _table = new RelationShape?[256];
    private int _count;

    /// <summary>The shared shape made of these objects.</summary>
    public RelationShape Of(RelationKind kind, string[] targets, SourceLocation location, int? count, string[] via, PropertyBag properties)
    {
        var mask = _table.Length - 1;
        for (var i = Hash(kind, targets, location, count, via, properties) & mask; ; i = (i + 1) & mask)
        {
            var shape = _table[i];
            if (shape is null)
            {
                _table[i] = shape = new RelationShape(kind, targets, location, count, via, properties);
                if (++_count * 2 > _table.Length)
                {
                    Grow();
                }

                return shape;
            }

            if (shape.Kind == kind && ReferenceEquals(shape.Targets, targets) && ReferenceEquals(shape.Location, location)
                && shape.Count == count && ReferenceEquals(shape.Via, via) && ReferenceEquals(shape.Properties, properties))
            {
                return shape;
            }
        }
    }

    private static int Hash(RelationKind kind, string[] targets, SourceLocation location, int? count, string[] via, PropertyBag properties)
    {
        unchecked
        {
            var hash = (uint)kind;
            hash = (hash * 0x9E3779B1) ^ (uint)RuntimeHelpers.GetHashCode(targets);
            hash = (hash * 0x9E3779B1) ^ (uint)RuntimeHelpers.GetHashCode(location);
            hash = (hash * 0x9E3779B1) ^ (uint)(count ?? -1);
            hash = (hash * 0x9E3779B1) ^ (uint)RuntimeHelpers.GetHashCode(via);
            hash = (hash * 0x9E3779B1) ^ (uint)RuntimeHelpers.GetHashCode(properties);
            return (int)((hash ^ (hash >> 15)) & 0x7FFFFFFF);
        }
    }

    private void Grow()
    {
        var old = _table;
        _table = new RelationShape?[old.Length * 2];
        var mask = _table.Length - 1;
        foreach (var shape in old)
        {
            if (shape is null)
            {
                continue;
            }

            var i = Hash(shape.Kind, shape.Targets, shape.Location, shape.Count, shape.Via, shape.Properties) & mask;
            while (_table[i] is not null)
            {
                i = (i + 1) & mask;
            }

            _table[i] = shape;
        }
    }
}
