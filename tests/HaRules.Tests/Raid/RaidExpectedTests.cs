using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using HaRules.Model;
using HaRules.Raid;
using Xunit;

namespace HaRules.Tests.Raid;

/// <summary>
/// Every figure of every case in Data/raid_expected.csv, computed through the model (a RaidGroup
/// component holding the row's properties) and compared with the Python script's value.
/// </summary>
public sealed class RaidExpectedTests
{
    public static IEnumerable<object[]> Cases => ExpectedRaidCases.All.Select(r => new object[] { r["case"] });

    [Fact]
    public void The_table_covers_every_level_and_the_invalid_geometries()
    {
        var rows = ExpectedRaidCases.All;
        Assert.True(rows.Count >= 200, string.Create(CultureInfo.InvariantCulture, $"only {rows.Count} cases"));
        foreach (var level in new[] { "Raid0", "Raid1", "Raid5", "Raid6", "Raid10", "Raid50", "Raid60" })
        {
            Assert.True(rows.Count(r => r["raidLevel"] == level && r["valid"] == "1") >= 8, level);
            Assert.Contains(rows, r => r["raidLevel"] == level && r["valid"] == "0");
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Figures_match_the_independent_computation(string caseName)
    {
        var row = ExpectedRaidCases.Find(caseName);
        var figures = RaidAnalysis.Compute(ToComponent(row));

        if (row["valid"] == "0")
        {
            Assert.Null(figures);
            return;
        }

        Assert.NotNull(figures);
        var f = figures!;
        StorageAssert.Exact(row.Integer("usableBytes"), f.UsableBytes, "usableBytes");
        StorageAssert.Exact(row.Integer("rawBytes"), f.RawBytes, "rawBytes");
        StorageAssert.Close(row.Number("efficiency"), f.Efficiency, "efficiency");
        StorageAssert.Exact(row.Integer("faultToleranceGuaranteed"), f.FaultToleranceGuaranteed, "faultToleranceGuaranteed");
        StorageAssert.Exact(row.Integer("faultToleranceBestCase"), f.FaultToleranceBestCase, "faultToleranceBestCase");
        StorageAssert.Exact(row.Integer("writePenalty"), f.WritePenalty, "writePenalty");
        StorageAssert.Close(row.Number("readIops"), f.ReadIops, "readIops");
        StorageAssert.Close(row.Number("writeIops"), f.WriteIops, "writeIops");
        StorageAssert.Close(row.Number("mixedIops"), f.MixedIops, "mixedIops");
        StorageAssert.Close(row.Number("backEndIopsNeeded"), f.BackEndIopsNeeded, "backEndIopsNeeded");
        StorageAssert.Close(row.Number("rebuildHours"), f.RebuildHours, "rebuildHours");
        StorageAssert.Close(row.Number("repairHours"), f.RepairHours, "repairHours");
        StorageAssert.Close(row.Number("mttdlHours"), f.MttdlHours, "mttdlHours");
        StorageAssert.Close(row.Number("dataLossProbabilityPerYear"), f.DataLossProbabilityPerYear, "dataLossProbabilityPerYear");
        StorageAssert.Exact(row.Integer("disksReadDuringRebuild"), f.DisksReadDuringRebuild, "disksReadDuringRebuild");
        StorageAssert.Close(row.Number("ureProbability"), f.UreProbability, "ureProbability");
    }

    /// <summary>A RaidGroup component declaring exactly the row's non-empty input cells.</summary>
    private static Component ToComponent(IReadOnlyDictionary<string, string> row)
    {
        var properties = new Dictionary<string, PropertyValue>
        {
            [PropertyNames.RaidLevel] = PropertyValue.FromText(row["raidLevel"]),
        };
        foreach (var name in new[] { PropertyNames.Disks, PropertyNames.Legs, PropertyNames.HotSpares, PropertyNames.DiskSizeBytes })
        {
            if (row.Integer(name) is { } value)
            {
                properties[name] = PropertyValue.FromInteger(value);
            }
        }

        foreach (var name in new[]
        {
            PropertyNames.DiskIops, PropertyNames.WorkloadIops, PropertyNames.ReadRatio, PropertyNames.DiskMttfSeconds,
            PropertyNames.RebuildBytesPerSecond, PropertyNames.ReplacementSeconds, PropertyNames.RepairSeconds, PropertyNames.ReadErrorRate,
        })
        {
            if (row.Number(name) is { } value)
            {
                properties[name] = PropertyValue.FromNumber(value);
            }
        }

        return new Component(row["case"], ComponentKind.RaidGroup, SourceLocation.None, PropertyBag.From(properties));
    }
}
