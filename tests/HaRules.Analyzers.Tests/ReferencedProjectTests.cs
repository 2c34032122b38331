using System.IO;
using System.Linq;
using HaRules.Analyzers.Reading;
using HaRules.Analyzers.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace HaRules.Analyzers.Tests;

/// <summary>
/// Helpers of a referenced project reach the compiler as metadata only: the reader cannot follow
/// them, and says which method stopped it. The same helpers compiled with the design are followed.
/// </summary>
public sealed class ReferencedProjectTests
{
    private const string DesignSource = """
        using HaRules;
        using HaRules.Analyzers.Tests.Corpus;

        public sealed class SiteDesign : IDesign
        {
            public void Describe(DesignBuilder design)
            {
                var power = design.DualPower("p");
                design.AddServer("web").OnBoth(power);
            }
        }
        """;

    [Fact]
    public void A_helper_of_a_referenced_assembly_is_a_gap_naming_the_method()
    {
        var standards = Compilations.FromFilesForThisRuntime(Compilations.TestFile("Corpus/Standards.cs"));
        using var image = new MemoryStream();
        Assert.True(standards.Emit(image).Success);
        var design = Compilations.FromSource(DesignSource).AddReferences(MetadataReference.CreateFromImage(image.ToArray()));
        Assert.Empty(design.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        var reading = DesignReader.Read(design, "SiteDesign")!;

        Assert.False(reading.IsComplete);
        Assert.Contains("'Standards.DualPower' is not part of the design language nor of this compilation", reading.Gaps[0].What);
        Assert.Equal(8, reading.Gaps[0].Line);
    }

    [Fact]
    public void The_same_helper_in_the_compilation_is_followed()
    {
        var design = Compilations.FromSource(DesignSource)
            .AddSyntaxTrees(CSharpSyntaxTree.ParseText(File.ReadAllText(Compilations.TestFile("Corpus/Standards.cs")), new CSharpParseOptions(LanguageVersion.Latest), Compilations.TestFile("Corpus/Standards.cs")));

        var reading = DesignReader.Read(design, "SiteDesign")!;

        Assert.True(reading.IsComplete, string.Join(" | ", reading.Gaps));
        Assert.Equal(2, reading.Model.PartsOf("web", HaRules.Model.ComponentKind.PowerSupply).Count());
    }
}
