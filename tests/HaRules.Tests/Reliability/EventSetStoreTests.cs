using System;
using System.Collections.Generic;
using System.Linq;
using HaRules.Reliability;
using Xunit;

namespace HaRules.Tests.Reliability;

/// <summary>
/// The store of event sets the single-point-of-failure pass writes (sorted runs in one buffer,
/// shared between nodes) against plain sorted sets kept beside it: every node reads back the set
/// it was given, whatever was written after it (buffer growth, runs narrowed in place).
/// </summary>
public sealed class EventSetStoreTests
{
    public static IEnumerable<object[]> Seeds() => Enumerable.Range(1, 60).Select(s => new object[] { s });

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_node_reads_back_its_own_set(int seed)
    {
        var random = new Random(seed);
        const int nodes = 200;
        var store = new EventSetStore(nodes);
        var expected = new SortedSet<int>[nodes];
        var scratch = new List<int>();
        for (var v = 0; v < nodes; v++)
        {
            switch (v < 5 ? 0 : random.Next(4))
            {
                case 0:
                    // A new run, written unsorted and sorted in place.
                    var values = new SortedSet<int>(Enumerable.Range(0, random.Next(0, 40)).Select(_ => random.Next(300)));
                    scratch.Clear();
                    scratch.AddRange(values.Reverse());
                    if (scratch.Count > 0)
                    {
                        store.SetNew(v, scratch);
                        store.SortLast(v);
                    }

                    expected[v] = values;
                    break;
                case 1:
                    var from = random.Next(v);
                    store.Share(v, from);
                    expected[v] = new SortedSet<int>(expected[from]);
                    break;
                default:
                    // An intersection of a few earlier sets, as an any-of gate takes it.
                    var first = random.Next(v);
                    store.Share(v, first);
                    var result = new SortedSet<int>(expected[first]);
                    for (var k = random.Next(1, 4); k > 0; k--)
                    {
                        var other = random.Next(v);
                        store.IntersectWith(v, other);
                        result.IntersectWith(expected[other]);
                    }

                    expected[v] = result;
                    break;
            }
        }

        for (var v = 0; v < nodes; v++)
        {
            Assert.Equal(expected[v].ToArray(), store.Of(v).ToArray());
            Assert.Equal(expected[v].Count, store.Count(v));
            for (var e = 0; e < 300; e++)
            {
                Assert.Equal(expected[v].Contains(e), store.Contains(v, e));
            }
        }
    }

    [Fact]
    public void A_node_narrowed_twice_keeps_the_set_a_later_node_shares()
    {
        var store = new EventSetStore(4);
        var scratch = new List<int> { 1, 2, 3, 4, 5 };
        store.SetNew(0, scratch);
        scratch.Clear();
        scratch.AddRange(new[] { 2, 3, 4, 9 });
        store.SetNew(1, scratch);
        scratch.Clear();
        scratch.AddRange(new[] { 3, 4, 7 });
        store.SetNew(2, scratch);

        // Node 3 starts from node 0's run: the first narrowing writes a run of its own, the
        // second narrows that run in place; node 0's run must not change.
        store.Share(3, 0);
        store.IntersectWith(3, 1);
        Assert.Equal(new[] { 2, 3, 4 }, store.Of(3).ToArray());
        store.IntersectWith(3, 2);
        Assert.Equal(new[] { 3, 4 }, store.Of(3).ToArray());
        Assert.Equal(new[] { 1, 2, 3, 4, 5 }, store.Of(0).ToArray());
        Assert.Equal(new[] { 2, 3, 4, 9 }, store.Of(1).ToArray());
        Assert.Equal(new[] { 3, 4, 7 }, store.Of(2).ToArray());
    }
}
