using System;
using System.Collections.Generic;
using System.Linq;
using HaRules.Findings;
using HaRules.Model;
using HaRules.Rules;
using HaRules.Tests.Support;
using Xunit;
using HaRules.TestCoverage;

namespace HaRules.Tests.Checking;

public sealed class AcceptanceTests
{
    [Fact]
    public void An_acceptance_on_a_group_accepts_that_rule_for_every_replica_with_its_reason()
    {
        var result = Check.Design(
            d => d.AddServer("web", replicas: 2).Accept("HA205", "fans are hot-swappable here"),
            rules: new[] { new EveryServerRule("HA205") });

        // The same finding on both replicas is one finding on the group, and the group's acceptance covers it.
        var finding = Assert.Single(result.Findings("HA205"));
        Assert.Equal("web", finding.Group);
        Assert.Equal(new[] { "web-1", "web-2" }, finding.Components);
        Assert.True(finding.Accepted);
        Assert.Equal("fans are hot-swappable here", finding.Justification);
        Assert.Empty(result.Active);
    }

    [Fact]
    public void An_acceptance_accepts_only_its_own_rule_and_component()
    {
        var result = Check.Design(
            d =>
            {
                d.AddServer("a").Accept("HA203", "single NIC on purpose");
                d.AddServer("b");
            },
            rules: new DesignRule[] { new EveryServerRule("HA205"), new EveryServerRule("HA203") });

        var accepted = Assert.Single(result.Findings, f => f.Accepted);
        Assert.Equal("HA203", accepted.RuleId);
        Assert.Equal("a", accepted.Components[0]);
        Assert.Equal(3, result.Active.Count());
    }

    [Fact]
    public void An_accepted_finding_carries_the_acceptance_that_matched_it()
    {
        var result = Check.Design(
            d => d.AddServer("a")
                .Accept("HA205", "same reason", expires: "2000-01-01")
                .Accept("HA205", "same reason", expires: "2999-12-31"),
            rules: new[] { new EveryServerRule("HA205") });

        // The expired acceptance (HA008) comes first with the same reason; only the valid one accepts.
        var accepted = Assert.Single(result.Findings, f => f.Accepted);
        Assert.Equal("2999-12-31", accepted.Acceptance?.Expires);
        Assert.Equal(accepted.Justification, accepted.Acceptance?.Reason);
        Assert.Equal(accepted.Acceptance, accepted.WithSeverity(Severity.Error).Acceptance);
    }

    [Fact]
    [Fires("HA007")]
    public void HA007_fires_on_an_unknown_rule_and_accepts_nothing()
    {
        var line = 0;
        var result = Check.Design(
            d => { line = Here.Line(); d.AddServer("a").Accept("HA9999", "typo"); },
            rules: new[] { new EveryServerRule("HA205") });

        var finding = Assert.Single(result.Findings("HA007"));
        Assert.Equal(line, finding.Location.Line);
        Assert.Equal(new[] { "a" }, finding.Components);
        Assert.False(Assert.Single(result.Findings("HA205")).Accepted);
    }

    [Theory]
    [InlineData("HA205", "", null)]
    [InlineData("HA205", "   ", null)]
    [InlineData("HA205", "ok", "30/06/2027")]
    [InlineData("HA205", "ok", "2027-02-30")]
    [Fires("HA007")]
    public void HA007_fires_on_an_empty_reason_or_unreadable_date(string id, string reason, string? expires)
    {
        var result = Check.Design(d => d.AddServer("a").Accept(id, reason, expires), rules: new[] { new EveryServerRule("HA205") });

        Assert.Single(result.Findings("HA007"));
        Assert.False(Assert.Single(result.Findings("HA205")).Accepted);
    }

    [Fact]
    [Fires("HA008")]
    public void HA008_fires_the_day_after_expiry_and_the_acceptance_accepts_nothing()
    {
        var line = 0;
        var result = Check.Design(
            d => { line = Here.Line(); d.AddServer("a").Accept("HA205", "until the refresh", expires: "2027-06-30"); },
            today: new DateTime(2027, 7, 1),
            rules: new[] { new EveryServerRule("HA205") });

        var expired = Assert.Single(result.Findings("HA008"));
        Assert.Equal(Severity.Warning, expired.Severity);
        Assert.Equal(line, expired.Location.Line);
        Assert.Contains("2027-06-30", expired.Message);
        Assert.False(Assert.Single(result.Findings("HA205")).Accepted);
    }

    [Fact]
    [Silent("HA007")]
    [Silent("HA008")]
    public void An_acceptance_still_holds_on_its_expiry_date()
    {
        var result = Check.Design(
            d => d.AddServer("a").Accept("HA205", "until the refresh", expires: "2027-06-30"),
            today: new DateTime(2027, 6, 30),
            rules: new[] { new EveryServerRule("HA205") });

        Assert.Empty(result.Findings("HA008"));
        Assert.Empty(result.Findings("HA007"));
        Assert.True(Assert.Single(result.Findings("HA205")).Accepted);
    }

    /// <summary>A test rule that reports one finding per server, to exercise acceptance independently of real rules.</summary>
    private sealed class EveryServerRule : DesignRule
    {
        private readonly string _id;

        public EveryServerRule(string id)
            : base(RuleCatalog.Get(id)) => _id = id;

        public override IEnumerable<Finding> Check(RuleContext context) =>
            context.Model.DeclaredComponents
                .Where(c => c.Kind == ComponentKind.Server)
                .Select(c => context.Create(_id, "test finding", c.Name));
    }
}
