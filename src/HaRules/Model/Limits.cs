using System;

namespace HaRules.Model;

/// <summary>
/// The largest counts the model expands into components. A design asking for more is reported
/// (HA003) instead of exhausting memory, so bad input never crashes a check.
/// </summary>
public static class Limits
{
    /// <summary>The most replicas one <c>AddServer</c> call expands to.</summary>
    public const int MaxReplicas = 1_000_000;

    /// <summary>The most parts of one kind (PSUs, fans, disks…) one component expands to.</summary>
    public const int MaxParts = 10_000;

    /// <summary>How many parts a declared count expands to: 0 for none or negative, at most <see cref="MaxParts"/>.</summary>
    public static int Parts(long? declared) => declared is null or <= 0 ? 0 : (int)Math.Min(declared.Value, MaxParts);
}
