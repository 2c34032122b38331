using System.Linq;
using System.Threading.Tasks;
using HaRules.Analyzers.Reading;
using HaRules.Analyzers.Tests.Support;
using Xunit;
using static HaRules.Analyzers.Tests.Support.AnalyzerVerifier;

namespace HaRules.Analyzers.Tests;

/// <summary>What the reader cannot follow makes the design partially known: validity findings and HA901, never a crash.</summary>
public sealed class PartialDesignTests
{
    private const string LoopWithComputedBound = """
                var feed = design.AddPowerFeed("feed");
                var lb = design.AddLoadBalancer("lb").WithPowerSupplies(feed);
                for (var i = 0; i < Environment.ProcessorCount; i++)
                {
                    lb.Targets(design.AddServer("web-" + i).WithPowerSupplies(feed));
                }

                design.AddService("shop").EntryPoint(lb);
                design.AddComponent("dup");
                design.{|HA001:AddComponent|}("dup");
        """;

    [Fact]
    public Task A_loop_with_a_computed_bound_leaves_only_validity_findings() => VerifyAsync(PartialDesign(LoopWithComputedBound));

    [Fact]
    public void The_reader_names_the_loop_it_could_not_follow()
    {
        var compilation = Compilations.FromSource(Design(LoopWithComputedBound.Replace("{|HA001:AddComponent|}", "AddComponent")));
        var reading = DesignReader.Read(compilation, "TestDesign")!;

        Assert.False(reading.IsComplete);
        Assert.Contains(reading.Gaps, g => g.What.Contains("loop"));
        Assert.NotNull(reading.Model.FindComponent("lb"));
        Assert.Null(reading.Model.FindComponent("web-0"));
    }

    [Fact]
    public Task A_value_read_at_run_time_skips_its_call_and_keeps_the_chain() => VerifyAsync(PartialDesign("""
                var feed = design.AddPowerFeed("feed");
                design.AddServer("web", replicas: int.Parse(Environment.GetEnvironmentVariable("N") ?? "2"))
                    .WithPowerSupplies(feed);
                design.AddServer("db").WithFans(int.Parse("1")).WithPowerSupplies(feed);
        """));

    [Fact]
    public void A_call_the_reader_skips_does_not_stop_the_rest_of_its_chain()
    {
        var compilation = Compilations.FromSource(Design("""
                var feed = design.AddPowerFeed("feed");
                design.AddServer("db").WithFans(int.Parse("1")).WithPowerSupplies(feed);
        """));
        var reading = DesignReader.Read(compilation, "TestDesign")!;

        Assert.False(reading.IsComplete);
        Assert.Single(reading.Model.PartsOf("db", HaRules.Model.ComponentKind.PowerSupply));
        Assert.Empty(reading.Model.PartsOf("db", HaRules.Model.ComponentKind.Fan));
    }

    [Fact]
    public Task A_project_without_HaRules_gets_no_diagnostic() => VerifyAsync("""
        public interface IDesign { void Describe(object design); }
        public sealed class TestDesign : IDesign { public void Describe(object design) { } }
        """, withHaRules: false);

    [Fact]
    public Task An_endless_loop_runs_out_of_budget_with_HA901() => VerifyAsync(PartialDesign("""
                var n = 0;
                for (;;)
                {
                    n++;
                }
        """));

    [Fact]
    public void A_skipped_branch_makes_what_it_could_change_unknown()
    {
        var compilation = Compilations.FromSource(Usings + """
            public sealed class TestDesign : IDesign
            {
                private int _replicas = 2;

                public void Describe(DesignBuilder design)
                {
                    var count = 3;
                    if (Environment.ProcessorCount > 1000)
                    {
                        Bump(ref count);
                        Grow();
                    }

                    design.AddServer("by-local", count);
                    design.AddServer("by-field", _replicas);
                    design.AddServer("kept", 4);
                }

                private static void Bump(ref int n) => n = 10;

                private void Grow() => _replicas = 8;
            }
            """);
        var reading = DesignReader.Read(compilation, "TestDesign")!;

        Assert.Contains(reading.Gaps, g => g.What.Contains("an if whose condition") && g.Line == 11);
        Assert.Null(reading.Model.FindGroup("by-local"));
        Assert.Null(reading.Model.FindGroup("by-field"));
        Assert.Equal(4, reading.Model.FindGroup("kept")!.DeclaredCount);
    }

    [Fact]
    public void A_followed_helper_writes_its_ref_and_out_parameters_back()
    {
        var compilation = Compilations.FromSource(Usings + """
            public sealed class TestDesign : IDesign
            {
                public void Describe(DesignBuilder design)
                {
                    var count = 3;
                    Bump(ref count);
                    Pair(out var a, out var b);
                    design.AddServer("web", count);
                    design.AddServer("a", a);
                    design.AddServer("b", b);
                }

                private static void Bump(ref int n) => n += 10;

                private static void Pair(out int x, out int y)
                {
                    x = 2;
                    y = x * 3;
                }
            }
            """);
        var reading = DesignReader.Read(compilation, "TestDesign")!;

        Assert.True(reading.IsComplete, string.Join(" | ", reading.Gaps));
        Assert.Equal(13, reading.Model.FindGroup("web")!.DeclaredCount);
        Assert.Equal(2, reading.Model.FindGroup("a")!.DeclaredCount);
        Assert.Equal(6, reading.Model.FindGroup("b")!.DeclaredCount);
    }
}
