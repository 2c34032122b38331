using System.Collections.Generic;

namespace HaRules.Reliability;

/// <summary>One basic failure event and the services its failure alone stops.</summary>
public sealed class BlastRadius
{
    internal BlastRadius(string component, IReadOnlyList<string> services)
    {
        Component = component;
        Services = services;
    }

    /// <summary>The component (or part) that fails.</summary>
    public string Component { get; }

    /// <summary>The services it stops on its own, sorted by name; empty when it stops none.</summary>
    public IReadOnlyList<string> Services { get; }
}
