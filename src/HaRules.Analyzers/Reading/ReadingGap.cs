using Microsoft.CodeAnalysis;

namespace HaRules.Analyzers.Reading;

/// <summary>Something the reader could not follow, and where it stands in the source (when known).</summary>
public sealed class ReadingGap
{
    internal ReadingGap(string what, Location? where)
    {
        What = what;
        Where = where;
    }

    /// <summary>What could not be followed, e.g. "the value of 'int.Parse(text)' is not known without running the design".</summary>
    public string What { get; }

    /// <summary>The code it is about, or null when it is about the whole design.</summary>
    public Location? Where { get; }

    /// <summary>The 1-based line of <see cref="Where"/>, or 0.</summary>
    public int Line => Where is { } w ? w.GetLineSpan().StartLinePosition.Line + 1 : 0;

    /// <inheritdoc />
    public override string ToString() => Where is { } w ? $"{w.GetLineSpan().Path}({Line}): {What}" : What;
}
