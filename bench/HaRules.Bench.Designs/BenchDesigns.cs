using System;
using System.Globalization;
using HaRules;

namespace HaRules.Bench.Designs;

/// <summary>
/// The designs <c>harules check</c> runs in the end-to-end benchmark. A design has no parameters,
/// so its size (declared components, parts not counted) comes from the environment variable
/// <see cref="SizeVariable"/>; 10,000 when it is not set.
/// </summary>
public abstract class BenchDesign : IDesign
{
    /// <summary>The environment variable that sets the number of declared components.</summary>
    public const string SizeVariable = "HARULES_BENCH_DECLARED";

    private readonly DesignShape _shape;

    /// <summary>Creates the design of one shape.</summary>
    protected BenchDesign(DesignShape shape) => _shape = shape;

    /// <summary>The requested number of declared components.</summary>
    public static int RequestedSize() =>
        int.TryParse(Environment.GetEnvironmentVariable(SizeVariable), NumberStyles.Integer, CultureInfo.InvariantCulture, out var size) && size > 0 ? size : 10_000;

    /// <inheritdoc />
    public void Describe(DesignBuilder design) =>
        DesignSizes.Declare(design, _shape, DesignSizes.UnitsFor(_shape, RequestedSize(), countParts: false));
}

/// <summary>The standard shape (<see cref="PodShapes"/>).</summary>
public sealed class StandardDesign : BenchDesign
{
    /// <summary>Creates the design.</summary>
    public StandardDesign()
        : base(DesignShape.Standard)
    {
    }
}

/// <summary>The wide shape (<see cref="PodShapes"/>).</summary>
public sealed class WideDesign : BenchDesign
{
    /// <summary>Creates the design.</summary>
    public WideDesign()
        : base(DesignShape.Wide)
    {
    }
}

/// <summary>The fleet shape (<see cref="FleetShape"/>).</summary>
public sealed class FleetDesign : BenchDesign
{
    /// <summary>Creates the design.</summary>
    public FleetDesign()
        : base(DesignShape.Fleet)
    {
    }
}
