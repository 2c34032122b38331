using System.Linq;
using System.Text.Json;
using HaRules.Findings;
using HaRules.Reporting.Sarif;
using Xunit;
using HaRules.Rules;

namespace HaRules.Reporting.Tests.Sarif;

public sealed class SarifReportWriterTests
{
    public static TheoryData<string> Samples => new() { "WebShop", "FragileShop" };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_log_matches_the_verified_one(string sample) =>
        Approval.Verify(SarifReportWriter.Write(new[] { Reports.Sample(sample) }, Reports.Paths), sample, "sarif");

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_log_is_valid_against_the_sarif_2_1_0_schema(string sample)
    {
        var errors = SarifSchema.Errors(SarifReportWriter.Write(new[] { Reports.Sample(sample) }, Reports.Paths));
        Assert.True(errors.Length == 0, string.Join("\n", errors));
    }

    [Fact]
    public void A_log_missing_a_required_field_is_rejected_by_the_schema_check() =>
        Assert.NotEmpty(SarifSchema.Errors("{\"version\":\"2.1.0\",\"runs\":[{\"results\":[]}]}"));

    [Fact]
    public void The_same_design_gives_the_same_bytes() =>
        Assert.Equal(
            SarifReportWriter.Write(new[] { Reports.Sample("FragileShop") }, Reports.Paths),
            SarifReportWriter.Write(new[] { Reports.Sample("FragileShop") }, Reports.Paths));

    [Fact]
    public void Driver_lists_every_catalog_rule_with_its_help_link_and_level()
    {
        using var log = Parse("WebShop");
        var rules = Run(log).GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();

        Assert.Equal(RuleCatalog.All.Select(r => r.Id), rules.Select(r => r.GetProperty("id").GetString()));
        var ha101 = rules.Single(r => r.GetProperty("id").GetString() == "HA101");
        Assert.Equal(RuleCatalog.Get("HA101").HelpLink.AbsoluteUri, ha101.GetProperty("helpUri").GetString());
        Assert.Equal("error", ha101.GetProperty("defaultConfiguration").GetProperty("level").GetString());
        Assert.Equal("SinglePointOfFailure", ha101.GetProperty("name").GetString());
        var ha205 = rules.Single(r => r.GetProperty("id").GetString() == "HA205");
        Assert.Equal("note", ha205.GetProperty("defaultConfiguration").GetProperty("level").GetString());
    }

    [Fact]
    public void Results_point_at_relative_files_under_srcroot_with_rule_indexes()
    {
        using var log = Parse("FragileShop");
        var results = Run(log).GetProperty("results").EnumerateArray().ToList();

        Assert.NotEmpty(results);
        foreach (var result in results.Where(r => r.TryGetProperty("locations", out _)))
        {
            var artifact = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");
            Assert.Equal("samples/FragileShop/FragileShopDesign.cs", artifact.GetProperty("uri").GetString());
            Assert.Equal("%SRCROOT%", artifact.GetProperty("uriBaseId").GetString());
            var index = result.GetProperty("ruleIndex").GetInt32();
            Assert.Equal(RuleCatalog.All[index].Id, result.GetProperty("ruleId").GetString());
        }
    }

    [Fact]
    public void Accepted_findings_are_in_source_suppressions_with_their_justification()
    {
        var report = HostileDesign.Report();
        var accepted = report.Result.Findings.Where(f => f.Accepted).ToList();
        Assert.NotEmpty(accepted);
        using var log = JsonDocument.Parse(SarifReportWriter.Write(new[] { report }, Reports.Paths));
        var suppressed = Run(log).GetProperty("results").EnumerateArray().Where(r => r.TryGetProperty("suppressions", out _)).ToList();

        Assert.Equal(accepted.Count, suppressed.Count);
        var suppression = suppressed[0].GetProperty("suppressions")[0];
        Assert.Equal("inSource", suppression.GetProperty("kind").GetString());
        Assert.Equal(accepted[0].Justification, suppression.GetProperty("justification").GetString());
    }

    [Fact]
    public void Additional_locations_become_related_locations_and_unknown_columns_are_left_out()
    {
        var finding = new Finding(
            "HA102",
            Severity.Warning,
            "shared",
            new[] { "ups", "a", "b" },
            new HaRules.Model.SourceLocation(Reports.RepositoryRoot() + "/d/Design.cs", 7),
            additionalLocations: new[] { new HaRules.Model.SourceLocation(Reports.RepositoryRoot() + "/d/Design.cs", 9, 5) });
        var report = new DesignReport(new HaRules.Checking.CheckResult(new DesignBuilder("D").Build(), new[] { finding }));
        var sarif = SarifReportWriter.Write(new[] { report }, Reports.Paths);
        using var log = JsonDocument.Parse(sarif);
        var result = Run(log).GetProperty("results")[0];

        var region = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal(7, region.GetProperty("startLine").GetInt32());
        Assert.False(region.TryGetProperty("startColumn", out _));
        var related = result.GetProperty("relatedLocations")[0].GetProperty("physicalLocation");
        Assert.Equal("d/Design.cs", related.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(5, related.GetProperty("region").GetProperty("startColumn").GetInt32());
        Assert.Empty(SarifSchema.Errors(sarif));
    }

    private static JsonDocument Parse(string sample) =>
        JsonDocument.Parse(SarifReportWriter.Write(new[] { Reports.Sample(sample) }, Reports.Paths));

    private static JsonElement Run(JsonDocument log) => log.RootElement.GetProperty("runs").EnumerateArray().Single();
}
