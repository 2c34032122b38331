using System.Linq;
using HaRules.Rules;
using Xunit;

namespace HaRules.Tests.Findings;

/// <summary>The facts a report lists as undeclared come from the rule descriptors, and each one is judged by a rule.</summary>
public sealed class JudgedFactsTests
{
    [Fact]
    public void Every_fact_is_judged_by_some_rule()
    {
        var judged = RuleCatalog.All.SelectMany(r => r.Judges).ToHashSet();
        Assert.All(JudgedFacts.InColumnOrder, fact => Assert.Contains(fact, judged));
    }

    [Fact]
    public void Every_fact_a_rule_judges_has_its_column()
    {
        foreach (var rule in RuleCatalog.All)
        {
            Assert.All(rule.Judges, fact => Assert.Contains(fact, JudgedFacts.InColumnOrder));
        }
    }

    [Fact]
    public void Each_fact_names_the_kinds_that_declare_it()
    {
        Assert.All(JudgedFacts.InColumnOrder, fact => Assert.NotEmpty(fact.Kinds));
        Assert.Equal(JudgedFacts.InColumnOrder.Count, JudgedFacts.InColumnOrder.Distinct().Count());
    }
}
