using System;
using HaRules;

namespace HaRules.Bench.Designs;

/// <summary>Declares a design of a shape at a requested size, counted in declared or in model components.</summary>
public static class DesignSizes
{
    /// <summary>Declares <paramref name="units"/> pods (standard, wide) or services (fleet).</summary>
    public static void Declare(DesignBuilder design, DesignShape shape, int units)
    {
        if (shape == DesignShape.Fleet)
        {
            FleetShape.Declare(design, units);
        }
        else
        {
            PodShapes.Declare(design, units, shape == DesignShape.Wide);
        }
    }

    /// <summary>
    /// How many pods or services make about <paramref name="components"/> components: declared
    /// ones (parts not counted) or, with <paramref name="countParts"/>, every model component.
    /// Measured on samples, so it follows the shapes as they change.
    /// </summary>
    public static int UnitsFor(DesignShape shape, int components, bool countParts)
    {
        const int sample = 12;
        var one = Count(shape, 1, countParts);
        var perUnit = Math.Max(1, (Count(shape, sample + 1, countParts) - one) / sample);
        return Math.Max(1, (int)Math.Round(components / (double)perUnit));
    }

    /// <summary>The components a design of <paramref name="units"/> units has.</summary>
    public static int Count(DesignShape shape, int units, bool countParts)
    {
        var design = new DesignBuilder("Sample");
        Declare(design, shape, units);
        var model = design.Build();
        var count = 0;
        foreach (var component in model.Components)
        {
            count += countParts || !component.IsPart ? 1 : 0;
        }

        return count;
    }
}
