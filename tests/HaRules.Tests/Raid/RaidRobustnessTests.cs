using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using HaRules.Model;
using HaRules.Raid;
using Xunit;

namespace HaRules.Tests.Raid;

/// <summary>
/// No input makes the storage math throw, and every figure it gives is a finite number: NaN,
/// infinities, zero, negatives and the extremes of long and double, in every combination.
/// </summary>
public sealed class RaidRobustnessTests
{
    private static readonly double[] Reals =
    {
        double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.MaxValue, -double.MaxValue,
        double.Epsilon, 0.0, -0.0, -1.0, 1e-300, 1e-15, 0.5, 1.0, 1.5, 150.0, 1.2e12, 1e300,
    };

    private static readonly long[] Counts = { long.MinValue, -8, -1, 0, 1, 2, 3, 4, 6, 8, 24, 10_000, int.MaxValue, long.MaxValue };

    private static readonly long?[] LegCounts = { null, long.MinValue, -2, 0, 1, 2, 3, 4, long.MaxValue };

    private static readonly RaidLevel[] Levels =
    {
        RaidLevel.Raid0, RaidLevel.Raid1, RaidLevel.Raid5, RaidLevel.Raid6, RaidLevel.Raid10, RaidLevel.Raid50, RaidLevel.Raid60, (RaidLevel)(-1), (RaidLevel)42,
    };

    [Fact]
    public void The_pure_functions_never_throw_and_give_finite_figures()
    {
        var checkedCount = 0;
        foreach (var level in Levels)
        {
            foreach (var disks in Counts)
            {
                foreach (var legs in LegCounts)
                {
                    Finite(RaidMath.CapacityInDisks(level, disks, legs));
                    Finite(RaidMath.Efficiency(level, disks, legs));
                    Finite(RaidMath.FaultToleranceBestCase(level, disks, legs));
                    Finite(RaidMath.DisksReadDuringRebuild(level, disks, legs));
                    _ = RaidMath.FaultToleranceGuaranteed(level, disks, legs);
                    _ = RaidGeometry.Problem(level, disks, legs);
                    foreach (var size in Counts)
                    {
                        Finite(RaidMath.UsableBytes(level, disks, legs, size));
                        Finite(RaidMath.RawBytes(disks, legs ?? 0, size));
                    }

                    foreach (var x in Reals)
                    {
                        Finite(RaidMath.ReadIops(level, disks, legs, x));
                        Finite(RaidMath.WriteIops(level, disks, legs, x));
                        Finite(RaidMath.UreProbability(level, disks, legs, 1.2e12, x));
                        Finite(RaidMath.UreProbability(level, disks, legs, x, 1e-15));
                        foreach (var y in Reals)
                        {
                            Finite(RaidMath.MixedIops(level, disks, legs, x, y));
                            Finite(RaidMath.MttdlHours(level, disks, legs, x, y));
                            checkedCount++;
                        }

                        Finite(RaidMath.MttdlHours(level, disks, legs, x, null));
                    }
                }
            }

            foreach (var x in Reals)
            {
                foreach (var y in Reals)
                {
                    Finite(RaidMath.BackEndIopsNeeded(level, x, y));
                    Finite(RaidMath.RebuildHours(level, x, y));
                    Finite(RaidMath.RepairHours(level, x, 0, y, null));
                    Finite(RaidMath.RepairHours(level, y, 1, 24, x));
                    Finite(RaidMath.DataLossProbability(x, y));
                    Finite(RaidMath.ReadErrorProbability(x, y));
                }
            }
        }

        Assert.True(checkedCount > 100_000);
    }

    [Fact]
    public void Every_figure_of_a_weird_model_is_finite_or_absent()
    {
        var values = new List<PropertyValue>
        {
            PropertyValue.FromText("x"), PropertyValue.FromText("NaN"), PropertyValue.FromText("-1e400"), PropertyValue.FromBoolean(true),
            PropertyValue.FromInteger(long.MinValue), PropertyValue.FromInteger(long.MaxValue), PropertyValue.FromInteger(0), PropertyValue.FromInteger(4),
        };
        values.AddRange(Reals.Select(PropertyValue.FromNumber));
        string[] numeric =
        {
            PropertyNames.Disks, PropertyNames.Legs, PropertyNames.HotSpares, PropertyNames.DiskSizeBytes, PropertyNames.DiskIops,
            PropertyNames.WorkloadIops, PropertyNames.ReadRatio, PropertyNames.DiskMttfSeconds, PropertyNames.RebuildBytesPerSecond,
            PropertyNames.ReplacementSeconds, PropertyNames.RepairSeconds, PropertyNames.ReadErrorRate,
        };

        var random = new Random(4);
        foreach (var level in new[] { "Raid0", "Raid1", "Raid5", "Raid6", "Raid10", "Raid50", "Raid60", "Raid7", "5", string.Empty })
        {
            for (var round = 0; round < 400; round++)
            {
                var bag = new Dictionary<string, PropertyValue> { [PropertyNames.RaidLevel] = PropertyValue.FromText(level) };
                foreach (var name in numeric)
                {
                    if (random.Next(4) > 0)
                    {
                        bag[name] = values[random.Next(values.Count)];
                    }
                }

                var figures = RaidAnalysis.Compute(new Component("rg", ComponentKind.RaidGroup, SourceLocation.None, PropertyBag.From(bag)));
                if (figures is null)
                {
                    continue;
                }

                foreach (var figure in new[]
                {
                    figures.Efficiency, figures.ReadIops, figures.WriteIops, figures.MixedIops, figures.BackEndIopsNeeded, figures.RebuildHours,
                    figures.RepairHours, figures.MttdlHours, figures.DataLossProbabilityPerYear, figures.UreProbability,
                })
                {
                    Finite(figure);
                }

                Assert.InRange(figures.Efficiency, 0, 1);
                Assert.True(figures.UsableBytes is null or >= 0);
                Assert.True(figures.RawBytes is null or >= 0);
                Assert.True(figures.UreProbability is null or (>= 0 and <= 1));
                Assert.True(figures.DataLossProbabilityPerYear is null or (>= 0 and <= 1));
            }
        }
    }

    private static void Finite(double? value)
    {
        if (value is { } v)
        {
            Assert.False(double.IsNaN(v) || double.IsInfinity(v), string.Create(CultureInfo.InvariantCulture, $"a figure was {v}"));
        }
    }

    private static void Finite(long? value)
    {
        if (value is { } v)
        {
            Assert.True(v >= 0, string.Create(CultureInfo.InvariantCulture, $"a count was {v}"));
        }
    }
}
