using System;
using System.Collections.Generic;
using System.Linq;
using HaRules.Findings;
using HaRules.Rules;
using HaRules.Rules.Server;
using HaRules.TestCoverage;
using HaRules.Tests.Support;
using Xunit;

namespace HaRules.Tests.Checking;

public sealed class RuleCrashTests
{
    [Fact]
    [Fires("HA902")]
    public void A_rule_that_throws_gets_HA902_naming_it_and_the_exception_and_the_other_rules_still_report()
    {
        var result = Check.Design(
            d => d.AddServer("db").WithFans(1),
            rules: new DesignRule[] { new ThrowingRule(), new SingleFanRule() });

        var crash = Assert.Single(result.Findings("HA902"));
        Assert.Equal(Severity.Error, crash.Severity);
        Assert.Contains("rule HA203 (ThrowingRule) crashed", crash.Message, StringComparison.Ordinal);
        Assert.Contains("InvalidOperationException: index out of step", crash.Message, StringComparison.Ordinal);
        Assert.False(crash.Location.IsKnown);
        Assert.Single(result.Findings("HA205"));
        Assert.Empty(result.Findings("HA006"));
    }

    [Fact]
    [Silent("HA902")]
    public void No_rule_crashes_on_the_samples()
    {
        foreach (var design in new IDesign[] { new Samples.WebShop.WebShopDesign(), new Samples.FragileShop.FragileShopDesign() })
        {
            var builder = new DesignBuilder(design.GetType().Name);
            design.Describe(builder);
            var result = HaRules.Checking.DesignChecker.Check(builder.Build(), new HaRules.Checking.CheckOptions { Today = Check.Today });
            Assert.NotEmpty(result.Model.Components);
            Assert.Empty(result.Findings("HA902"));
        }
    }

    /// <summary>A rule with HA203's descriptor that throws half-way through its findings.</summary>
    private sealed class ThrowingRule : DesignRule
    {
        public ThrowingRule()
            : base(RuleCatalog.Get("HA203"))
        {
        }

        public override IEnumerable<Finding> Check(RuleContext context)
        {
            yield return context.Create("HA203", "found before the crash", context.Model.Components.First().Name);
            throw new InvalidOperationException("index out of step");
        }
    }
}
