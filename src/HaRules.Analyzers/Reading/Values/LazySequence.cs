using System;
using System.Collections;
using System.Collections.Generic;

namespace HaRules.Analyzers.Reading.Values;

/// <summary>
/// A deferred LINQ query: each enumeration runs it again, as <c>System.Linq</c> does, so a lambda
/// that declares components declares them as often as the design enumerates the query.
/// </summary>
internal sealed class LazySequence : IEnumerable<object?>
{
    private readonly Func<IEnumerable<object?>> _run;

    public LazySequence(Func<IEnumerable<object?>> run, bool hasSideEffects)
    {
        _run = run;
        HasSideEffects = hasSideEffects;
    }

    /// <summary>True when a lambda of the query did more than compute a value (declared, assigned…).</summary>
    public bool HasSideEffects { get; }

    /// <summary>For <c>OrderBy</c> and <c>ThenBy</c>: the unordered source and the keys so far, which a further <c>ThenBy</c> extends.</summary>
    public (IEnumerable<object?> Source, IReadOnlyList<(Func<object?, object?> Key, bool Descending)> Keys)? Ordering { get; init; }

    public IEnumerator<object?> GetEnumerator() => _run().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
