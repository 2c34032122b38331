using System;
using System.Linq;
using HaRules.Reliability;
using Xunit;

namespace HaRules.Tests.Reliability;

/// <summary>
/// The radix quicksort of names against Array.Sort with the ordinal comparer: the same order for
/// distinct names (items moved with their names), and equal names reported.
/// </summary>
public sealed class OrdinalNameSortTests
{
    // Prefixes shared at several depths, names that are prefixes of others, and code units above
    // ASCII (a surrogate half, the largest code unit) where a signed or culture compare would differ.
    private static readonly string[] Pieces = { "s", "s1", "s12-", "web-", "/psu-", "a", "ab", "é", "\uD83D", "\uFFFF", "-", "0", "9" };

    [Fact]
    public void Random_names_sort_as_the_ordinal_comparer_sorts_them()
    {
        var random = new Random(1414);
        for (var round = 0; round < 500; round++)
        {
            var count = random.Next(0, round % 10 == 0 ? 2000 : 60);
            var names = Enumerable.Range(0, count).Select(_ => RandomName(random)).ToArray();
            var distinct = names.Distinct(StringComparer.Ordinal).Count() == names.Length;
            var items = Enumerable.Range(0, count).ToArray();

            var keys = (string[])names.Clone();
            var moved = (int[])items.Clone();
            Assert.Equal(distinct, OrdinalNameSort.SortDistinct(keys, moved));

            var expected = names.OrderBy(n => n, StringComparer.Ordinal).ToArray();
            Assert.Equal(expected, keys);
            for (var i = 0; i < count; i++)
            {
                Assert.Same(names[moved[i]], keys[i]);
            }

            Assert.Equal(items, moved.OrderBy(i => i));
        }
    }

    private static string RandomName(Random random) =>
        string.Concat(Enumerable.Range(0, random.Next(0, 6)).Select(_ => Pieces[random.Next(Pieces.Length)]));
}
