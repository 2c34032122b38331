using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using HaRules.Analyzers.Reading;
using HaRules.Analyzers.Tests.Support;
using HaRules.Checking;
using HaRules.Running;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;
using HaRules.TestCoverage;

namespace HaRules.Analyzers.Tests;

/// <summary>
/// The corpus (<c>Corpus/</c>): designs written the ways C# developers write code. Each is run as the
/// build runs it (created with its parameterless constructor, then <c>Describe</c>) and read by the
/// analyzer from source. A design read completely has exactly the build's findings (rule, components,
/// line); one read in part gets HA901 on its class; never both complete and different.
/// </summary>
public sealed class CorpusEquivalenceTests
{
    private static readonly DateTime Today = new(2026, 11, 25);

    private static readonly Lazy<Compilation> Corpus = new(() =>
        Compilations.FromFilesForThisRuntime(Directory.GetFiles(Compilations.TestFile("Corpus"), "*.cs").OrderBy(f => f, StringComparer.Ordinal).ToArray()));

    public static TheoryData<string> Designs()
    {
        var data = new TheoryData<string>();
        foreach (var type in DesignTypes())
        {
            data.Add(type.FullName!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Designs))]
    public void A_design_read_completely_has_the_findings_of_the_build(string designName)
    {
        var compilation = Corpus.Value;
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var reading = DesignReader.Read(compilation, designName)!;
        if (!reading.IsComplete)
        {
            Assert.True(ExpectedPartial.Contains(designName), $"{designName} was read in part: {string.Join(" | ", reading.Gaps)}");
            return;
        }

        Assert.DoesNotContain(designName, ExpectedPartial);
        var expected = Findings(RunAsTheBuildDoes(typeof(CorpusEquivalenceTests).Assembly.GetType(designName)!));
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Findings(reading.Model));
    }

    [Fact]
    public void Nine_in_ten_corpus_designs_are_read_completely()
    {
        var types = DesignTypes().ToList();
        var complete = types.Count(t => DesignReader.Read(Corpus.Value, t.FullName!)!.IsComplete);
        Assert.True(types.Count >= 30, $"the corpus holds {types.Count} designs");
        Assert.True(complete * 10 >= types.Count * 9, $"{complete} of {types.Count} read completely");
    }

    [Fact]
    [Fires("HA901")]
    [Silent("HA901")]
    public async Task The_analyzer_reports_HA901_exactly_on_the_designs_read_in_part()
    {
        var diagnostics = await Corpus.Value
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new HaRulesAnalyzer()))
            .GetAnalyzerDiagnosticsAsync();
        var flagged = diagnostics.Where(d => d.Id == "HA901")
            .Select(d => d.Location.SourceTree!.GetRoot().FindToken(d.Location.SourceSpan.Start).Text)
            .OrderBy(n => n, StringComparer.Ordinal);

        Assert.Equal(ExpectedPartial.Select(n => n.Split('.').Last()).OrderBy(n => n, StringComparer.Ordinal), flagged);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
    }

    private static readonly string[] ExpectedPartial =
    {
        "HaRules.Analyzers.Tests.Corpus.DeclaringIteratorDesign",
        "HaRules.Analyzers.Tests.Corpus.EnvironmentCountDesign",
        "HaRules.Analyzers.Tests.Corpus.FileCheckDesign",
        "HaRules.Analyzers.Tests.Corpus.OrderByNameDesign",
    };

    private static IEnumerable<Type> DesignTypes() =>
        typeof(CorpusEquivalenceTests).Assembly.GetTypes()
            .Where(t => t.Namespace == "HaRules.Analyzers.Tests.Corpus" && typeof(IDesign).IsAssignableFrom(t) && !t.IsAbstract)
            .OrderBy(t => t.FullName, StringComparer.Ordinal);

    private static HaRules.Model.DesignModel RunAsTheBuildDoes(Type type) =>
        new SourceColumns().Resolve(DesignEvaluator.Evaluate(type.Name, builder => ((IDesign)Activator.CreateInstance(type)!).Describe(builder)));

    private static IReadOnlyList<string> Findings(HaRules.Model.DesignModel model) =>
        DesignChecker.Check(model, new CheckOptions { Today = Today }).Active
            .Select(f => $"{f.RuleId} [{string.Join(",", f.Components)}] line {f.Location.Line}")
            .OrderBy(s => s, StringComparer.Ordinal)
            .ToList();
}
