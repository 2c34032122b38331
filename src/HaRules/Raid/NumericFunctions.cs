using System;

namespace HaRules.Raid;

/// <summary>
/// log(1 + x) and eˣ − 1 without the cancellation of the naive forms, which netstandard2.0 lacks
/// (and .NET's <c>double.LogP1</c> is plain <c>Math.Log(1 + x)</c>). They keep tiny probabilities
/// such as a 10^-15 per-bit read error rate accurate (docs/storage.md, "Durability").
/// </summary>
internal static class NumericFunctions
{
    /// <summary>
    /// log(1 + x), accurate to a few units in the last place even for |x| far below the machine
    /// epsilon. Uses u = 1 + x and log(u)·x/(u − 1), which cancels the rounding error of u
    /// (Goldberg, "What every computer scientist should know about floating-point arithmetic", 1991).
    /// </summary>
    public static double Log1p(double x)
    {
        if (double.IsNaN(x) || double.IsPositiveInfinity(x))
        {
            return x;
        }

        var u = 1.0 + x;
        if (u == 1.0)
        {
            return x;
        }

        if (u == 0.0)
        {
            return double.NegativeInfinity;
        }

        // x / (u − 1) is close to 1; dividing first keeps huge x from overflowing the product.
        return Math.Log(u) * (x / (u - 1.0));
    }

    /// <summary>
    /// eˣ − 1, accurate to a few units in the last place even for |x| far below the machine
    /// epsilon. Uses u = eˣ and (u − 1)·x/log(u), Kahan's correction of the rounding error of u.
    /// </summary>
    public static double Expm1(double x)
    {
        if (double.IsNaN(x))
        {
            return x;
        }

        var u = Math.Exp(x);
        if (u == 1.0)
        {
            return x;
        }

        var um1 = u - 1.0;
        if (um1 == -1.0)
        {
            return -1.0;
        }

        if (double.IsPositiveInfinity(u))
        {
            return double.PositiveInfinity;
        }

        // x / log(u) is close to 1; dividing first keeps large x from overflowing the product.
        return um1 * (x / Math.Log(u));
    }
}
