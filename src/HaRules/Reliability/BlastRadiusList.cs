using System;
using System.Collections;
using System.Collections.Generic;

namespace HaRules.Reliability;

/// <summary>
/// The blast radius of every basic event, kept as two arrays (the events in name order, and the
/// services each stops) and read as <see cref="BlastRadius"/> entries made when asked for. An
/// object per event lived as long as the reports, one per component or part that can fail: on a
/// large design millions of objects every full collection walked, for entries a report reads once.
/// </summary>
internal sealed class BlastRadiusList : IReadOnlyList<BlastRadius>
{
    private static readonly string[] NoServices = Array.Empty<string>();

    private readonly ReliabilityGraph _graph;
    private readonly int[] _events;
    private readonly string[]?[] _services;

    /// <param name="graph">The graph that names the events.</param>
    /// <param name="events">The event nodes, in the order of the list.</param>
    /// <param name="services">Per entry the services its event stops, sorted by name (null for none).</param>
    public BlastRadiusList(ReliabilityGraph graph, int[] events, string[]?[] services)
    {
        _graph = graph;
        _events = events;
        _services = services;
    }

    /// <inheritdoc />
    public int Count => _events.Length;

    /// <inheritdoc />
    public BlastRadius this[int index] =>
        new(_graph.NameOf(_events[index]) ?? string.Empty, _services[index] ?? NoServices);

    /// <inheritdoc />
    public IEnumerator<BlastRadius> GetEnumerator()
    {
        for (var i = 0; i < _events.Length; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
