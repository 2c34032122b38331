using System.Collections.Generic;
using HaRules.Model;

namespace HaRules.Analyzers.Reading;

/// <summary>What the analyzer read of one design: its model and what it could not follow.</summary>
public sealed class DesignReading
{
    internal DesignReading(DesignModel model, IReadOnlyList<ReadingGap> gaps)
    {
        Model = model;
        Gaps = gaps;
    }

    /// <summary>
    /// The model the design builds, as far as the reader could follow it, with the columns of every
    /// location filled in as <see cref="Running.SourceColumns"/> fills them for a model built at run time.
    /// </summary>
    public DesignModel Model { get; }

    /// <summary>What the reader could not follow (a loop with a computed bound, a value read at run time…), with where.</summary>
    public IReadOnlyList<ReadingGap> Gaps { get; }

    /// <summary>True when the reader followed the whole design: the model is the one the design builds at run time.</summary>
    public bool IsComplete => Gaps.Count == 0;
}
