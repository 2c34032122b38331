using System;
using System.Collections.Generic;

namespace HaRules.Reliability;

/// <summary>Operations on small sorted sets of event nodes: union under a size bound, and minimisation.</summary>
internal static class CutSetOps
{
    public static readonly int[] Empty = Array.Empty<int>();

    /// <summary>The union of two sorted sets, or null when it has more than <paramref name="limit"/> members.</summary>
    public static int[]? Union(int[] a, int[] b, int limit)
    {
        if (a.Length == 0)
        {
            return b;
        }

        if (b.Length == 0)
        {
            return a;
        }

        var buffer = new int[Math.Min(limit, a.Length + b.Length)];
        int i = 0, j = 0, k = 0;
        while (i < a.Length || j < b.Length)
        {
            int next;
            if (j >= b.Length || (i < a.Length && a[i] < b[j]))
            {
                next = a[i++];
            }
            else if (i >= a.Length || b[j] < a[i])
            {
                next = b[j++];
            }
            else
            {
                next = a[i++];
                j++;
            }

            if (k == buffer.Length)
            {
                return null;
            }

            buffer[k++] = next;
        }

        if (k == a.Length)
        {
            return a;
        }

        if (k == b.Length)
        {
            return b;
        }

        Array.Resize(ref buffer, k);
        return buffer;
    }

    /// <summary>
    /// Keeps the minimal sets: duplicates and supersets of other sets are dropped. Sets are checked
    /// smallest first against every subset of themselves (sets are small: at most the search order).
    /// </summary>
    public static List<int[]> Minimize(List<int[]> sets)
    {
        if (sets.Count <= 1)
        {
            return sets;
        }

        sets.Sort(Compare);
        var kept = new HashSet<int[]>(SetComparer.Instance);
        var result = new List<int[]>();
        foreach (var set in sets)
        {
            if (kept.Contains(set) || HasKeptSubset(set, kept))
            {
                continue;
            }

            kept.Add(set);
            result.Add(set);
        }

        return result;
    }

    /// <summary>Orders sets by size, then element by element.</summary>
    public static int Compare(int[] a, int[] b)
    {
        if (a.Length != b.Length)
        {
            return a.Length.CompareTo(b.Length);
        }

        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i])
            {
                return a[i].CompareTo(b[i]);
            }
        }

        return 0;
    }

    private static bool HasKeptSubset(int[] set, HashSet<int[]> kept)
    {
        if (kept.Contains(Empty))
        {
            return true;
        }

        var n = set.Length;
        if (n > 20)
        {
            return false;
        }

        var full = (1 << n) - 1;
        for (var mask = 1; mask < full; mask++)
        {
            var subset = new int[Popcount(mask)];
            for (int bit = 0, k = 0; bit < n; bit++)
            {
                if ((mask & (1 << bit)) != 0)
                {
                    subset[k++] = set[bit];
                }
            }

            if (kept.Contains(subset))
            {
                return true;
            }
        }

        return false;
    }

    private static int Popcount(int value)
    {
        var count = 0;
        while (value != 0)
        {
            value &= value - 1;
            count++;
        }

        return count;
    }

    /// <summary>Structural equality of sorted sets.</summary>
    internal sealed class SetComparer : IEqualityComparer<int[]>
    {
        public static readonly SetComparer Instance = new();

        public bool Equals(int[]? x, int[]? y)
        {
            if (ReferenceEquals(x, y))
            {
                return true;
            }

            if (x is null || y is null || x.Length != y.Length)
            {
                return false;
            }

            for (var i = 0; i < x.Length; i++)
            {
                if (x[i] != y[i])
                {
                    return false;
                }
            }

            return true;
        }

        public int GetHashCode(int[] obj)
        {
            var hash = 17;
            foreach (var value in obj)
            {
                hash = unchecked((hash * 31) + value);
            }

            return hash;
        }
    }
}
