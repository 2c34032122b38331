using System;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using HaRules.Analyzers.Reading;
using HaRules.Analyzers.Tests.Support;
using HaRules.Checking;
using Xunit;
using static HaRules.Analyzers.Tests.Support.AnalyzerVerifier;

namespace HaRules.Analyzers.Tests;

/// <summary>
/// Code written to break the analyzer. Each reading runs on a thread with a 1 MB stack (what IDE
/// threads have), and ends in a located HA0xx or a partial reading (HA901) — never a crash, a hang
/// or a model built past what the IDE can check.
/// </summary>
public sealed class AdversarialDesignTests
{
    private const int OneMegabyte = 1024 * 1024;

    [Fact]
    public void A_20000_term_expression_is_a_gap_not_a_stack_overflow()
    {
        var sum = string.Join(" + ", Enumerable.Repeat("one", 20_000));
        var reading = ReadOnSmallStack(Design($"""
                var one = 1;
                var total = {sum};
                design.AddServer("web", total);
        """));

        Assert.Contains(reading.Gaps, g => g.What.Contains("nests more than") && g.Line == 9);
    }

    [Fact]
    public void A_3000_call_chain_is_a_gap_not_a_stack_overflow()
    {
        var chain = new StringBuilder("design.AddComponent(\"x\")");
        for (var i = 0; i < 3_000; i++)
        {
            chain.Append(".DependsOn(db)");
        }

        var reading = ReadOnSmallStack(Design($"""
                var db = design.AddComponent("db");
                {chain};
        """));

        Assert.Contains(reading.Gaps, g => g.What.Contains("nests more than"));
    }

    [Fact]
    public void Unbounded_recursion_stops_at_the_call_depth()
    {
        var reading = ReadOnSmallStack(Usings + """
            public sealed class TestDesign : IDesign
            {
                public void Describe(DesignBuilder design) => design.AddServer("web", Count(1));

                private static int Count(int n) => Count(n + 1);
            }
            """);

        Assert.Contains(reading.Gaps, g => g.What.Contains("calls nest more than"));
        Assert.Null(reading.Model.FindComponent("web"));
    }

    [Fact]
    public void An_endless_iterator_is_a_gap_at_the_reading_budget_even_under_Take()
    {
        // At run time Take(3) stops it after three items; the reader runs an iterator whole, so it
        // must stop at its budget and say so, not hang or guess.
        var reading = ReadOnSmallStack(Usings + """
            using System.Collections.Generic;
            using System.Linq;

            public sealed class TestDesign : IDesign
            {
                public void Describe(DesignBuilder design)
                {
                    foreach (var n in Forever().Take(3))
                    {
                        design.AddServer("web-" + n);
                    }
                }

                private static IEnumerable<int> Forever()
                {
                    var i = 0;
                    while (true)
                    {
                        yield return i++;
                    }
                }
            }
            """);

        Assert.False(reading.IsComplete);
        Assert.NotEmpty(reading.Gaps);
        Assert.Null(reading.Model.FindComponent("web-0"));
    }

    [Fact]
    public void Ordering_by_text_or_by_mixed_keys_is_a_gap_not_a_guess()
    {
        var reading = ReadOnSmallStack(Usings + """
            using System.Linq;

            public sealed class TestDesign : IDesign
            {
                public void Describe(DesignBuilder design)
                {
                    foreach (var name in new[] { "b", "a", "B" }.OrderBy(n => n))
                    {
                        design.AddServer(name);
                    }

                    foreach (var key in new object[] { 1, 'a' }.OrderBy(k => k))
                    {
                        design.AddServer("k-" + key);
                    }
                }
            }
            """);

        Assert.Contains(reading.Gaps, g => g.What.Contains("ordering by text"));
        Assert.Null(reading.Model.FindComponent("a"));
    }

    [Fact]
    public void A_billion_iteration_loop_stops_at_the_iteration_bound()
    {
        var reading = ReadOnSmallStack(Design("""
                var n = 0;
                for (var i = 0; i < 1_000_000_000; i++)
                {
                    n++;
                }

                design.AddServer("web", n);
        """));

        Assert.Contains(reading.Gaps, g => g.What.Contains("more than 10,000 times") && g.Line == 9);

        // n is unknown after the abandoned loop: the server is not declared with a made-up count.
        Assert.Null(reading.Model.FindGroup("web"));
    }

    [Fact]
    public void A_million_replicas_are_not_expanded_in_the_compiler()
    {
        var reading = ReadOnSmallStack(Design("""
                var feed = design.AddPowerFeed("feed");
                design.AddServer("web", replicas: 1_000_000).WithPowerSupplies(feed, feed).WithFans(2);
        """));

        Assert.Contains(reading.Gaps, g => g.What.Contains("components, more than the 50,000 checked while typing"));
        Assert.Empty(reading.Model.Components);
    }

    [Fact]
    public Task A_million_replicas_get_HA901_on_the_design() => VerifyAsync(PartialDesign("""
                design.AddServer("web", replicas: 1_000_000);
        """));

    [Fact]
    public Task An_async_void_Describe_is_a_partial_reading() => VerifyAsync(Usings + """
            public sealed class {|HA901:TestDesign|} : IDesign
            {
                public async void Describe(DesignBuilder design)
                {
                    design.AddComponent("before");
                    await System.Threading.Tasks.Task.Yield();
                    design.AddComponent("after");
                }
            }
            """);

    [Fact]
    public Task A_throwing_static_constructor_is_HA006_at_the_throw() => VerifyAsync(Usings + """
            public sealed class TestDesign : IDesign
            {
                private static readonly int Replicas;

                static TestDesign()
                {
                    {|HA006:throw|} new InvalidOperationException("no inventory");
                }

                public void Describe(DesignBuilder design) => design.AddServer("web", Replicas);
            }
            """);

    [Fact]
    public void A_throwing_constructor_is_HA006_naming_the_exception()
    {
        var reading = ReadOnSmallStack(Usings + """
            public sealed class TestDesign : IDesign
            {
                public TestDesign() => throw new ArgumentException("bad settings");

                public void Describe(DesignBuilder design) => design.AddServer("web");
            }
            """);

        var problem = Assert.Single(reading.Model.Problems);
        Assert.Equal("HA006", DesignProblems.RuleIdOf(problem.Kind));
        Assert.Equal(6, problem.Location.Line);
        Assert.Contains("System.ArgumentException: bad settings", problem.Message);
        Assert.Null(reading.Model.FindComponent("web"));
        Assert.True(reading.IsComplete);
    }

    [Fact]
    public void Code_after_a_reached_throw_is_not_replayed()
    {
        var reading = ReadOnSmallStack(Design("""
                design.AddComponent("a");
                if (1 < 2)
                {
                    throw new InvalidOperationException("stop");
                }

                design.AddComponent("a");
        """));

        Assert.Equal("HA006", DesignProblems.RuleIdOf(Assert.Single(reading.Model.Problems).Kind));
        Assert.Single(reading.Model.Components);
    }

    /// <summary>Reads the one design of the source, and checks it, on a thread with a 1 MB stack.</summary>
    private static DesignReading ReadOnSmallStack(string source)
    {
        var compilation = Compilations.FromSource(source);
        DesignReading? reading = null;
        Exception? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    reading = DesignReader.Read(compilation, "TestDesign");
                    DesignChecker.Check(reading!.Model, new CheckOptions { Today = new DateTime(2026, 11, 25) });
                }
                catch (Exception ex)
                {
                    failure = ex;
                }
            },
            OneMegabyte);
        thread.Start();
        thread.Join();
        Assert.Null(failure);
        return reading!;
    }
}
