using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace HaRules.Cli.Tests;

public sealed class RaidGroupsJsonTests
{
    [Fact]
    public void WebShop_rg_data_figures_match_the_hand_worked_values()
    {
        var output = CliRunner.TempDirectory();
        var (code, _, _) = CliRunner.Run("check", CliRunner.Assembly("WebShop"), "--format", "json", "--output", output);
        Assert.Equal(ExitCodes.Success, code);

        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, "harules-report.json")));
        var groups = json.RootElement.GetProperty("designs")[0].GetProperty("raidGroups").EnumerateArray().ToList();
        Assert.Equal(new[] { "rg-data", "rg-backup" }, groups.Select(g => g.GetProperty("name").GetString()));
        var data = groups[0];

        // RAID10, 8 data disks of 1.2 TB, one hot spare, 180 IOPS per disk, 70 % reads.
        Assert.Equal("array-1", data.GetProperty("array").GetString());
        Assert.Equal(4_800_000_000_000, data.GetProperty("usableBytes").GetInt64());    // 8 / 2 × 1.2e12
        Assert.Equal(10_800_000_000_000, data.GetProperty("rawBytes").GetInt64());      // (8 + 1) × 1.2e12
        Assert.Equal(0.5, data.GetProperty("efficiency").GetDouble());
        Assert.Equal(4, data.GetProperty("faultToleranceBestCase").GetInt32());          // one per mirror pair
        Assert.Equal(1440, data.GetProperty("readIops").GetDouble());                    // 8 × 180
        Assert.Equal(720, data.GetProperty("writeIops").GetDouble());                    // 1440 / 2
        Close(1440 / 1.3, data.GetProperty("mixedIops").GetDouble());                    // 1440 / (0.7 + 0.3 × 2)
        Close(1.2e12 / 150e6 / 3600, data.GetProperty("rebuildHours").GetDouble());      // 8,000 s at 150 MB/s
        Close(1e12 / (8 * (8000.0 / 3600)), data.GetProperty("mttdlHours").GetDouble()); // MTTF² / (N · MTTR), MTTF = 1e6 h
        Close(1 - Math.Exp(-9.6e12 * 1e-15), data.GetProperty("ureProbability").GetDouble()); // one disk read: 9.6e12 bits at 1e-15

        var backup = groups[1];
        Assert.Equal(16_000_000_000_000, backup.GetProperty("usableBytes").GetInt64());  // (6 − 2) × 4e12
        Assert.Equal(JsonValueKind.Null, backup.GetProperty("mixedIops").ValueKind);     // no workload declared
    }

    private static void Close(double expected, double actual) =>
        Assert.True(Math.Abs(expected - actual) <= 1e-9 * Math.Abs(expected), $"expected {expected:R}, got {actual:R}");
}
