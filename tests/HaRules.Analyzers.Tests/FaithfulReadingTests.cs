using HaRules.Analyzers.Reading;
using HaRules.Analyzers.Tests.Support;
using Xunit;
using static HaRules.Analyzers.Tests.Support.AnalyzerVerifier;
using HaRules.Checking;

namespace HaRules.Analyzers.Tests;

/// <summary>C# semantics the reader must keep to stay right while it says it read everything.</summary>
public sealed class FaithfulReadingTests
{
    [Fact]
    public void A_list_changed_inside_its_foreach_throws_as_at_run_time()
    {
        var reading = Read(Design("""
                var names = new System.Collections.Generic.List<string> { "a", "b" };
                foreach (var name in names)
                {
                    design.AddComponent(name);
                    names.Add(name + "-copy");
                }
        """));

        var problem = Assert.Single(reading.Model.Problems);
        Assert.Equal("HA006", DesignProblems.RuleIdOf(problem.Kind));
        Assert.Contains("Collection was modified", problem.Message);
        Assert.Equal(9, problem.Location.Line);
        Assert.Single(reading.Model.Components);
    }

    [Fact]
    public void Base_property_access_runs_the_base_accessor_and_this_access_the_override()
    {
        var reading = Read(Usings + """
            public class Site : IDesign
            {
                protected virtual int Replicas => 2;

                public virtual void Describe(DesignBuilder design) => design.AddServer("base", Replicas);
            }

            public sealed class TestDesign : Site
            {
                protected override int Replicas => base.Replicas + 5;

                public override void Describe(DesignBuilder design)
                {
                    base.Describe(design);
                    design.AddServer("derived", base.Replicas);
                }
            }
            """);

        Assert.True(reading.IsComplete, string.Join(" | ", reading.Gaps));
        Assert.Equal(7, reading.Model.FindGroup("base")!.DeclaredCount);
        Assert.Equal(2, reading.Model.FindGroup("derived")!.DeclaredCount);
    }

    [Fact]
    public void Static_fields_of_generic_types_are_not_guessed()
    {
        var reading = Read(Usings + """
            public static class Counter<T>
            {
                public static int Value = 1;
            }

            public sealed class TestDesign : IDesign
            {
                public void Describe(DesignBuilder design)
                {
                    Counter<int>.Value = 5;
                    design.AddServer("web", Counter<string>.Value);
                }
            }
            """);

        Assert.False(reading.IsComplete);
        Assert.Null(reading.Model.FindGroup("web"));
    }

    private static DesignReading Read(string source) => DesignReader.Read(Compilations.FromSource(source), "TestDesign")!;
}
