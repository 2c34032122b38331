using HaRules.Bench.Designs;
using HaRules.Model;

namespace HaRules.Benchmarks;

/// <summary>
/// The engine benchmark's designs: the shapes of <see cref="DesignShape"/>, sized in model
/// components (parts included).
/// </summary>
internal static class DesignGenerator
{
    /// <summary>A design with about <paramref name="components"/> model components (parts included).</summary>
    public static DesignModel Generate(int components, DesignShape shape)
    {
        var pods = DesignSizes.UnitsFor(shape, components, countParts: true);
        var design = new DesignBuilder("Synthetic" + pods);
        DesignSizes.Declare(design, shape, pods);
        return design.Build();
    }
}
