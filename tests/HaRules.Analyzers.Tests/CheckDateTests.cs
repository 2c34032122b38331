using System;
using System.IO;
using System.Threading.Tasks;
using HaRules.Analyzers.Tests.Support;
using Xunit;
using static HaRules.Analyzers.Tests.Support.AnalyzerVerifier;

namespace HaRules.Analyzers.Tests;

/// <summary><c>HaRulesToday</c> reaches the analyzer as <c>build_property.HaRulesToday</c> and dates the check.</summary>
public sealed class CheckDateTests
{
    private const string ExpiringAcceptance = """
                design.AddComponent("licence")
                    .{|HA008:Accept|}("HA201", "never mind", expires: "2020-01-01");
        """;

    [Fact]
    public Task Before_the_expiry_date_the_acceptance_holds() =>
        VerifyAsync(Design(ExpiringAcceptance.Replace("{|HA008:Accept|}", "Accept")), "build_property.HaRulesToday = 2019-12-31");

    [Fact]
    public Task After_the_expiry_date_it_has_expired() =>
        VerifyAsync(Design(ExpiringAcceptance), "build_property.HaRulesToday = 2020-01-02");

    [Fact]
    public Task The_expiry_day_itself_still_holds() =>
        VerifyAsync(Design(ExpiringAcceptance.Replace("{|HA008:Accept|}", "Accept")), "build_property.HaRulesToday = 2020-01-01");

    [Fact]
    public Task An_unreadable_date_falls_back_to_the_current_date() =>
        VerifyAsync(Design(ExpiringAcceptance), "build_property.HaRulesToday = next tuesday");

    [Theory]
    [InlineData("2026-11-25", 2026, 11, 25)]
    [InlineData(" 2027-06-30 ", 2027, 6, 30)]
    public void Iso_dates_are_read(string value, int year, int month, int day) =>
        Assert.Equal(new DateTime(year, month, day), CheckDate.Parse(value));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("25.11.2026")]
    [InlineData("2026-13-01")]
    public void Anything_else_is_no_date(string? value) => Assert.Null(CheckDate.Parse(value));

    [Fact]
    public void The_props_make_the_property_visible_to_the_compiler()
    {
        var props = File.ReadAllText(Path.Combine(Compilations.RepositoryRoot, "src", "HaRules.Build", "build", "HaRules.props"));
        Assert.Contains("<CompilerVisibleProperty Include=\"HaRulesToday\" />", props);
    }
}
