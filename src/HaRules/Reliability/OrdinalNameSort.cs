using System.Collections.Generic;

namespace HaRules.Reliability;

/// <summary>
/// Sorts names ordinally (by UTF-16 code unit, as <see cref="System.StringComparer.Ordinal"/>)
/// with an item beside each, by three-way radix quicksort (Bentley and Sedgewick's multikey
/// quicksort): each pass looks at one character of each name, and a run of names sharing a prefix
/// moves past it without comparing it again. Component names share long prefixes ("s1234-web-7/psu-1"):
/// a comparison sort compares them over and over, and on millions of events that sort was most of
/// the blast radius's time. With distinct names every correct sort gives the same order, so the
/// result is what <c>Array.Sort(keys, items, StringComparer.Ordinal)</c> gives; equal names are
/// reported (that sort's order among them is its own, so the caller sorts those with it).
/// </summary>
internal static class OrdinalNameSort
{
    // Below this many names a range is finished by insertion, comparing from the shared prefix on.
    private const int InsertionBelow = 12;

    /// <summary>
    /// Sorts <paramref name="keys"/> and moves <paramref name="items"/> with them. False (the order
    /// of equal names left unspecified) when two names are equal.
    /// </summary>
    public static bool SortDistinct(string[] keys, int[] items)
    {
        var distinct = true;
        var pending = new Stack<(int Low, int High, int Depth)>();
        pending.Push((0, keys.Length, 0));
        while (pending.Count > 0)
        {
            var (low, high, depth) = pending.Pop();
            if (high - low < InsertionBelow)
            {
                distinct &= InsertionSort(keys, items, low, high, depth);
                continue;
            }

            var pivot = MedianOfThree(CharAt(keys[low], depth), CharAt(keys[low + ((high - low) / 2)], depth), CharAt(keys[high - 1], depth));

            // [low, lt) below the pivot, [lt, gt] equal to it, (gt, high) above it.
            int lt = low, i = low, gt = high - 1;
            while (i <= gt)
            {
                var c = CharAt(keys[i], depth);
                if (c < pivot)
                {
                    Swap(keys, items, lt++, i++);
                }
                else if (c > pivot)
                {
                    Swap(keys, items, i, gt--);
                }
                else
                {
                    i++;
                }
            }

            pending.Push((low, lt, depth));
            pending.Push((gt + 1, high, depth));
            if (pivot >= 0)
            {
                // Names that share this character too: on to the next one.
                pending.Push((lt, gt + 1, depth + 1));
            }
            else if (gt > lt)
            {
                // Two or more names ended here with the same prefix: equal names.
                distinct = false;
            }
        }

        return distinct;
    }

    // The code unit at a position, or -1 past the end (a name sorts before the names it is a prefix of).
    private static int CharAt(string s, int depth) => depth < s.Length ? s[depth] : -1;

    private static int MedianOfThree(int a, int b, int c) =>
        a < b ? (b < c ? b : a < c ? c : a) : (a < c ? a : b < c ? c : b);

    private static void Swap(string[] keys, int[] items, int a, int b)
    {
        (keys[a], keys[b]) = (keys[b], keys[a]);
        (items[a], items[b]) = (items[b], items[a]);
    }

    // Names in [low, high) share their first depth characters: compared from there.
    private static bool InsertionSort(string[] keys, int[] items, int low, int high, int depth)
    {
        var distinct = true;
        for (var i = low + 1; i < high; i++)
        {
            var key = keys[i];
            var item = items[i];
            var j = i - 1;
            for (; j >= low; j--)
            {
                var c = CompareFrom(keys[j], key, depth);
                distinct &= c != 0;
                if (c <= 0)
                {
                    break;
                }

                keys[j + 1] = keys[j];
                items[j + 1] = items[j];
            }

            keys[j + 1] = key;
            items[j + 1] = item;
        }

        return distinct;
    }

    private static int CompareFrom(string a, string b, int depth)
    {
        var length = a.Length < b.Length ? a.Length : b.Length;
        for (var k = depth; k < length; k++)
        {
            if (a[k] != b[k])
            {
                return a[k] - b[k];
            }
        }

        return a.Length - b.Length;
    }
}
