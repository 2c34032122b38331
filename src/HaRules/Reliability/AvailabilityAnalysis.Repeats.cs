using System.Collections.Generic;

namespace HaRules.Reliability;

/// <summary>
/// Roots seen before in another guise: a root whose sub-graph has the same canonical code
/// (<see cref="SubgraphSignature"/>) as an earlier root's has the same availability, so it takes
/// that value instead of being conditioned or compiled again. Designs stamped from one template
/// (thousands of services each with its own racks, switches and replicas, all alike) cost one
/// evaluation per shape; the fix-first ranking, which makes the same part of every such service
/// perfect in turn, hits as often.
/// <para>
/// Only exact values are kept: an inexact one depends on how the bounds fell, which the next
/// root might escape. Codes are compared in full, never by hash alone. The codes kept are bounded
/// (<see cref="MaxRememberedCode"/> entries in all); past that new shapes are still evaluated,
/// just not remembered, so the bound costs time, never exactness.
/// </para>
/// </summary>
internal sealed partial class AvailabilityAnalysis
{
    /// <summary>Code entries (8 bytes each) kept for repeated roots at most, over the analysis's life.</summary>
    public const int MaxRememberedCode = 1 << 22;

    private readonly Dictionary<long, List<Remembered>> _repeats = new();
    private SubgraphSignature? _signature;
    private long _rememberedCode;

    /// <summary>The value of an earlier root with the same code as <paramref name="root"/>, or null (the code is kept for <see cref="RememberRepeat"/>).</summary>
    private (double Up, double Down)? Repeat(int root)
    {
        var signature = _signature ??= new SubgraphSignature(_graph);
        signature.Write(root);
        if (!_repeats.TryGetValue(signature.Hash, out var candidates))
        {
            return null;
        }

        foreach (var candidate in candidates)
        {
            if (SameCode(candidate.Code, signature.Code, signature.Length))
            {
                return (candidate.Up, candidate.Down);
            }
        }

        return null;
    }

    /// <summary>Keeps an exact value under the code <see cref="Repeat"/> last wrote, while the bound allows.</summary>
    private void RememberRepeat((double Up, double Down) value)
    {
        var signature = _signature!;
        if (_rememberedCode + signature.Length > MaxRememberedCode)
        {
            return;
        }

        _rememberedCode += signature.Length;
        var code = new long[signature.Length];
        System.Array.Copy(signature.Code, code, code.Length);
        if (!_repeats.TryGetValue(signature.Hash, out var list))
        {
            list = new List<Remembered>(1);
            _repeats.Add(signature.Hash, list);
        }

        list.Add(new Remembered(code, value.Up, value.Down));
    }

    private static bool SameCode(long[] kept, long[] code, int length)
    {
        if (kept.Length != length)
        {
            return false;
        }

        for (var i = 0; i < length; i++)
        {
            if (kept[i] != code[i])
            {
                return false;
            }
        }

        return true;
    }

    private sealed class Remembered
    {
        public Remembered(long[] code, double up, double down)
        {
            Code = code;
            Up = up;
            Down = down;
        }

        public long[] Code { get; }

        public double Up { get; }

        public double Down { get; }
    }
}
