using System;

namespace HaRules.Internal;

/// <summary>
/// Gives back the temporaries of a pass over a very large design as soon as the pass ends: the
/// graph build, the analyses and the rules each make and drop hundreds of megabytes per million
/// components (the assembler's growing columns, the per-node arrays of the cut-set and
/// single-point passes, the rules' working sets). They live long enough to be promoted, and after a
/// collection that found nearly everything alive the collector lets the oldest generation grow by
/// about as much again before it looks: on a million declared components the dead passes piled up
/// to 2 GB above the live data (docs/performance.md, fourth pass: memory). One full collection,
/// without compaction, at the end of such a pass costs about what the collector would spend on them
/// later anyway, and bounds the peak. Small designs never pay it: below the thresholds the collector's own pace is
/// the cheaper one. Only a host that owns its process asks for it (the command line's check,
/// <see cref="Enable"/>): a library never collects in an IDE's or a compiler's process.
/// </summary>
internal static class LargePasses
{
    private static volatile bool _enabled;

    /// <summary>The graph size (nodes) from which a pass's end is worth a collection: about 400,000 declared components.</summary>
    public const int NodeThreshold = 4_000_000;

    /// <summary>The model size (components, parts included) from which it is: about 400,000 declared components too.</summary>
    public const int ComponentThreshold = 1_600_000;

    /// <summary>Collects what a finished pass over a graph of <paramref name="nodes"/> nodes left behind, when the graph is large.</summary>
    public static void EndedOnGraph(int nodes) => CollectIf(nodes >= NodeThreshold);

    /// <summary>Collects what a finished pass over a model of <paramref name="components"/> components left behind, when the model is large.</summary>
    public static void EndedOnModel(int components) => CollectIf(components >= ComponentThreshold);

    /// <summary>Lets the passes over large designs collect at their ends, for the rest of the process.</summary>
    public static void Enable() => _enabled = true;

    // Without compaction: the collector would otherwise move the whole live model and graph (2 GB
    // and more at a million declared components) on every call, and the memory a pass freed is
    // reused in place by the next one anyway (docs/performance.md, sixth pass).
    private static void CollectIf(bool large)
    {
        if (large && _enabled)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: false);
        }
    }
}
