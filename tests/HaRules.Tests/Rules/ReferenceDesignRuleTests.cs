using System.Linq;
using HaRules.Checking;
using HaRules.Running;
using HaRules.Rules;
using HaRules.Tests.Support;
using Samples.WebShop;
using Xunit;

namespace HaRules.Tests.Rules;

/// <summary>The reference design (samples/WebShop) fires none of the HA2xx–HA7xx rules.</summary>
public sealed class ReferenceDesignRuleTests
{
    [Fact]
    public void The_reference_design_fires_no_targeted_rule()
    {
        var model = DesignEvaluator.Evaluate(new WebShopDesign());
        var result = DesignChecker.Check(model, new CheckOptions { Today = Check.Today });

        var targeted = result.Findings
            .Where(f => string.CompareOrdinal(f.RuleId, "HA200") > 0)
            .Select(f => f.ToString())
            .ToList();
        Assert.Empty(targeted);
    }

    [Fact]
    public void Every_targeted_rule_is_registered_once()
    {
        var ids = BuiltInRules.Create().Select(r => r.Descriptor.Id).Where(id => string.CompareOrdinal(id, "HA200") > 0).ToList();
        var expected = RuleCatalog.All.Where(r => r.Category != HaRules.Findings.RuleCategory.Tooling)
            .Select(r => r.Id).Where(id => string.CompareOrdinal(id, "HA200") > 0).ToList();
        Assert.Equal(expected, ids.OrderBy(id => id, System.StringComparer.Ordinal).ToList());
    }
}
