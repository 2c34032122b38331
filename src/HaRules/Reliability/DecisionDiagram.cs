using System;

namespace HaRules.Reliability;

/// <summary>
/// A reduced ordered binary decision diagram over "component runs" variables, with just what
/// availability needs: if-then-else (so and, or and k-of-n), and the probability of a function.
/// <para>
/// A node is (level, low, high): the function is <c>high</c> where the variable at
/// <c>level</c> runs and <c>low</c> where it does not. Nodes are unique (a hash table over the
/// triple), so equal functions are one node, and a node's children are always created before it:
/// the node numbers are a topological order, and probabilities are one loop over them.
/// </para>
/// <para>
/// The diagram stops growing at <c>maxNodes</c>: <see cref="TooLargeException"/> is thrown and
/// the caller falls back to something else. Whether a diagram stays small depends on the
/// variable order (<see cref="VariableOrder"/>), not on this class.
/// </para>
/// </summary>
internal sealed class DecisionDiagram
{
    /// <summary>The function that never holds.</summary>
    public const int Zero = 0;

    /// <summary>The function that always holds.</summary>
    public const int One = 1;

    private const int TerminalLevel = int.MaxValue;
    private const int CacheBits = 18;

    private readonly int _maxNodes;
    private int[] _level = new int[1024];
    private int[] _low = new int[1024];
    private int[] _high = new int[1024];
    private int[] _next = new int[1024];
    private int[] _deepest = new int[1024];
    private int[] _buckets = new int[1024];
    private int _count;

    // Lossy computed table for if-then-else: a hit saves a recursion, a miss only costs time.
    private readonly int[] _cacheF = new int[1 << CacheBits];
    private readonly int[] _cacheG = new int[1 << CacheBits];
    private readonly int[] _cacheH = new int[1 << CacheBits];
    private readonly int[] _cacheResult = new int[1 << CacheBits];

    public DecisionDiagram(int maxNodes)
    {
        _maxNodes = maxNodes;
        for (var i = 0; i < _buckets.Length; i++)
        {
            _buckets[i] = -1;
        }

        for (var i = 0; i < _cacheF.Length; i++)
        {
            _cacheF[i] = -1;
        }

        _level[Zero] = TerminalLevel;
        _level[One] = TerminalLevel;
        _deepest[Zero] = -1;
        _deepest[One] = -1;
        _count = 2;
    }

    /// <summary>The number of nodes made so far (terminals included).</summary>
    public int Count => _count;

    /// <summary>The deepest level <paramref name="f"/> depends on (-1 for a constant).</summary>
    public int Deepest(int f) => _deepest[f];

    /// <summary>The function "the variable at <paramref name="level"/> runs".</summary>
    public int Variable(int level) => Make(level, Zero, One);

    public int And(int f, int g) => Ite(f, g, Zero);

    public int Or(int f, int g) => Ite(f, One, g);

    /// <summary>"At least <paramref name="k"/> of <paramref name="items"/> hold", by the usual recurrence over the items.</summary>
    public int AtLeast(int k, int[] items)
    {
        if (k <= 0)
        {
            return One;
        }

        if (k > items.Length)
        {
            return Zero;
        }

        // atLeast[c] = "at least c of the items after i hold"; walk the items from the last.
        var atLeast = new int[k + 1];
        atLeast[0] = One;
        for (var c = 1; c <= k; c++)
        {
            atLeast[c] = Zero;
        }

        for (var i = items.Length - 1; i >= 0; i--)
        {
            // Counts above what the remaining items can reach stay Zero: skip them.
            var reachable = Math.Min(k, items.Length - i);
            for (var c = reachable; c >= 1; c--)
            {
                atLeast[c] = Ite(items[i], atLeast[c - 1], atLeast[c]);
            }
        }

        return atLeast[k];
    }

    public int Ite(int f, int g, int h)
    {
        if (f == One)
        {
            return g;
        }

        if (f == Zero)
        {
            return h;
        }

        if (g == h)
        {
            return g;
        }

        if (g == One && h == Zero)
        {
            return f;
        }

        var slot = (int)(Mix((uint)f, (uint)g, (uint)h) & ((1u << CacheBits) - 1));
        if (_cacheF[slot] == f && _cacheG[slot] == g && _cacheH[slot] == h)
        {
            return _cacheResult[slot];
        }

        var top = Math.Min(_level[f], Math.Min(_level[g], _level[h]));
        var high = Ite(Cofactor(f, top, true), Cofactor(g, top, true), Cofactor(h, top, true));
        var low = Ite(Cofactor(f, top, false), Cofactor(g, top, false), Cofactor(h, top, false));
        var result = Make(top, low, high);
        _cacheF[slot] = f;
        _cacheG[slot] = g;
        _cacheH[slot] = h;
        _cacheResult[slot] = result;
        return result;
    }

    /// <summary>
    /// The probabilities that <paramref name="f"/> holds and that it does not, given each level's
    /// probabilities of running and not. Only products and sums: tiny values keep their digits.
    /// </summary>
    public (double Up, double Down) Probability(int f, double[] up, double[] down)
    {
        var pu = new double[_count];
        var pd = new double[_count];
        pu[One] = 1;
        pd[Zero] = 1;
        for (var u = 2; u <= f; u++)
        {
            var level = _level[u];
            pu[u] = (up[level] * pu[_high[u]]) + (down[level] * pu[_low[u]]);
            pd[u] = (up[level] * pd[_high[u]]) + (down[level] * pd[_low[u]]);
        }

        return (pu[f], pd[f]);
    }

    private int Cofactor(int f, int level, bool running) =>
        _level[f] != level ? f : running ? _high[f] : _low[f];

    private int Make(int level, int low, int high)
    {
        if (low == high)
        {
            return low;
        }

        var bucket = (int)(Mix((uint)level, (uint)low, (uint)high) & (uint)(_buckets.Length - 1));
        for (var u = _buckets[bucket]; u >= 0; u = _next[u])
        {
            if (_level[u] == level && _low[u] == low && _high[u] == high)
            {
                return u;
            }
        }

        if (_count >= _maxNodes)
        {
            throw new TooLargeException();
        }

        if (_count == _level.Length)
        {
            Grow();
            bucket = (int)(Mix((uint)level, (uint)low, (uint)high) & (uint)(_buckets.Length - 1));
        }

        var node = _count++;
        _level[node] = level;
        _low[node] = low;
        _high[node] = high;
        _deepest[node] = Math.Max(level, Math.Max(_deepest[low], _deepest[high]));
        _next[node] = _buckets[bucket];
        _buckets[bucket] = node;
        return node;
    }

    private void Grow()
    {
        var size = _level.Length * 2;
        Array.Resize(ref _level, size);
        Array.Resize(ref _low, size);
        Array.Resize(ref _high, size);
        Array.Resize(ref _next, size);
        Array.Resize(ref _deepest, size);
        _buckets = new int[size];
        for (var i = 0; i < size; i++)
        {
            _buckets[i] = -1;
        }

        for (var u = 2; u < _count; u++)
        {
            var bucket = (int)(Mix((uint)_level[u], (uint)_low[u], (uint)_high[u]) & (uint)(size - 1));
            _next[u] = _buckets[bucket];
            _buckets[bucket] = u;
        }
    }

    private static uint Mix(uint a, uint b, uint c)
    {
        unchecked
        {
            var h = (a * 0x9E3779B1u) ^ (b * 0x85EBCA77u) ^ (c * 0xC2B2AE3Du);
            return h ^ (h >> 15);
        }
    }

    /// <summary>Thrown when the diagram would pass its node budget.</summary>
    public sealed class TooLargeException : Exception
    {
    }
}
