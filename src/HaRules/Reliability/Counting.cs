namespace HaRules.Reliability;

/// <summary>
/// The distribution of how many children of a gate fail (or run), capped where the gate's state
/// is decided: a gate needing k of n is down once n−k+1 fail, and up once k run; whichever cap is
/// smaller is counted. All-of gates count failures up to one, any-of gates running children up
/// to one, so both are linear. Every step only multiplies and adds probabilities.
/// </summary>
internal readonly struct Counting
{
    private readonly bool _failures;
    private readonly int _cap;

    public Counting(int children, int needed)
    {
        var kills = children - needed + 1;
        _failures = kills <= needed;
        _cap = _failures ? kills : needed;
    }

    /// <summary>True when failed children are counted (up to n−k+1), false when running ones are (up to k).</summary>
    public bool CountsFailures => _failures;

    /// <summary>Length of a distribution vector.</summary>
    public int Length => _cap + 1;

    /// <summary>The distribution before any child: nothing counted, with certainty.</summary>
    public double[] Start()
    {
        var d = new double[_cap + 1];
        d[0] = 1;
        return d;
    }

    /// <summary>Makes <paramref name="d"/> the distribution before any child again (reuses the buffer).</summary>
    public void Reset(double[] d)
    {
        d[0] = 1;
        for (var j = 1; j < d.Length; j++)
        {
            d[j] = 0;
        }
    }

    /// <summary>Adds one child, independent of those already counted.</summary>
    public void Add(double[] d, (double Up, double Down) child)
    {
        var move = _failures ? child.Down : child.Up;
        var stay = _failures ? child.Up : child.Down;
        d[_cap] += d[_cap - 1] * move;
        for (var j = _cap - 1; j >= 1; j--)
        {
            d[j] = (d[j] * stay) + (d[j - 1] * move);
        }

        d[0] *= stay;
    }

    /// <summary>Combines two independent groups of children.</summary>
    public double[] Convolve(double[] a, double[] b)
    {
        var result = new double[_cap + 1];
        for (var i = 0; i <= _cap; i++)
        {
            if (a[i] == 0)
            {
                continue;
            }

            for (var j = 0; j <= _cap; j++)
            {
                result[i + j > _cap ? _cap : i + j] += a[i] * b[j];
            }
        }

        return result;
    }

    /// <summary>The probabilities that the gate runs and that it does not.</summary>
    public (double Up, double Down) Result(double[] d)
    {
        double below = 0;
        for (var j = 0; j < _cap; j++)
        {
            below += d[j];
        }

        return _failures ? (below, d[_cap]) : (d[_cap], below);
    }
}
