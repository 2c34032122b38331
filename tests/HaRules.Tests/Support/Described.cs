using System;

namespace HaRules.Tests.Support;

/// <summary>A design class described into a builder named after it, for tests that look at the expansion or the model it builds.</summary>
public static class Described
{
    public static DesignBuilder Builder(Type design)
    {
        var builder = new DesignBuilder(design.Name);
        By(design)(builder);
        return builder;
    }

    /// <summary>What describes a design class into a given builder (a fresh instance each call), for the evaluator.</summary>
    public static Action<DesignBuilder> By(Type design) =>
        builder => ((IDesign)Activator.CreateInstance(design)!).Describe(builder);
}
