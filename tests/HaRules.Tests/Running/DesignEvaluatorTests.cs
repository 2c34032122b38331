using System;
using System.Linq;
using System.Threading;
using HaRules.Checking;
using HaRules.Running;
using HaRules.Tests.Support;
using Xunit;
using HaRules.TestCoverage;

namespace HaRules.Tests.Running;

public sealed class DesignEvaluatorTests
{
    [Fact]
    [Fires("HA006")]
    public void A_design_that_throws_gets_HA006_at_the_throwing_line_and_keeps_what_it_declared()
    {
        var design = new ThrowingDesign();
        var model = DesignEvaluator.Evaluate(design);

        var problem = Assert.Single(model.Problems);
        Assert.Equal("HA006", DesignProblems.RuleIdOf(problem.Kind));
        Assert.Contains("System.InvalidOperationException", problem.Message);
        Assert.Contains("inventory file missing", problem.Message);
        Assert.Equal(ThrowingDesign.ThrowLine, problem.Location.Line);
        Assert.NotNull(model.FindComponent("before-the-throw"));

        var result = DesignChecker.Check(model);
        Assert.Single(result.Findings("HA006"));
    }

    [Fact]
    public void A_design_that_never_returns_is_stopped_after_the_timeout_with_HA006()
    {
        var model = DesignEvaluator.Evaluate(new EndlessDesign(), TimeSpan.FromMilliseconds(200));

        var problem = Assert.Single(model.Problems);
        Assert.Equal("HA006", DesignProblems.RuleIdOf(problem.Kind));
        Assert.Contains("did not finish within 0.2 s", problem.Message);
        Assert.Empty(model.Components);
    }

    [Fact]
    [Silent("HA006")]
    public void A_design_that_finishes_in_time_is_evaluated_normally()
    {
        var model = DesignEvaluator.Evaluate(new ThrowingDesign.Fine(), TimeSpan.FromSeconds(30));
        Assert.Empty(model.Problems);
        Assert.Equal("Fine", model.Name);
        Assert.Single(model.Components);
    }

    private sealed class ThrowingDesign : IDesign
    {
        public static int ThrowLine { get; private set; }

        public void Describe(DesignBuilder design)
        {
            design.AddServer("before-the-throw");
            ThrowLine = Here.Line() + 1;
            throw new InvalidOperationException("inventory file missing");
        }

        public sealed class Fine : IDesign
        {
            public void Describe(DesignBuilder design) => design.AddComponent("x");
        }
    }

    private sealed class EndlessDesign : IDesign
    {
        public void Describe(DesignBuilder design)
        {
            while (true)
            {
                Thread.Sleep(50);
            }
        }
    }
}
