using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace HaRules.Cli.Tests;

public sealed class ServicesJsonTests
{
    [Fact]
    public void WebShop_shop_has_no_spof_tolerates_one_failure_and_lists_the_obvious_pairs()
    {
        var output = CliRunner.TempDirectory();
        var (code, _, _) = CliRunner.Run("check", CliRunner.Assembly("WebShop"), "--format", "json", "--output", output);
        Assert.Equal(ExitCodes.Success, code);

        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, "harules-report.json")));
        var shop = json.RootElement.GetProperty("designs")[0].GetProperty("services").EnumerateArray().Single();
        Assert.Equal("shop", shop.GetProperty("name").GetString());
        Assert.Empty(shop.GetProperty("singlePointsOfFailure").EnumerateArray());
        Assert.Equal(1, shop.GetProperty("toleratedFailures").GetInt32());
        Assert.Equal(1, shop.GetProperty("toleranceTarget").GetInt32());
        Assert.Equal(0.9995, shop.GetProperty("availabilityTarget").GetDouble());

        // docs/analysis.md ("Default failure data"): with the defaults, the reference design reaches at least 99.99 %.
        var availability = shop.GetProperty("availability").GetDouble();
        var unavailability = shop.GetProperty("unavailability").GetDouble();
        Assert.True(availability >= 0.9999, availability.ToString());
        Assert.Equal(1.0, availability + unavailability, 12);
        Assert.Equal(unavailability * 8760 * 60, shop.GetProperty("downtimeMinutesPerYear").GetDouble(), 9);

        // Losing both of a redundant pair stops the service: each pair is a minimal cut set of order 2.
        var sets = shop.GetProperty("minimalCutSets").EnumerateArray()
            .Select(s => string.Join("+", s.EnumerateArray().Select(m => m.GetString())))
            .ToList();
        foreach (var pair in new[] { "sw-a+sw-b", "ups-a+ups-b", "san-a+san-b", "lb+lb/standby", "fw+fw/standby", "db-1+db-2", "rack-1+rack-2" })
        {
            Assert.Contains(pair, sets);
        }

        Assert.Equal(sets.Count, shop.GetProperty("minimalCutSetCount").GetInt32());
        Assert.False(shop.GetProperty("minimalCutSetsTruncated").GetBoolean());
        Assert.All(sets, s => Assert.Equal(1, s.Count(c => c == '+')));
    }
}
