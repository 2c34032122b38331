using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using HaRules.Analyzers.Reading;
using HaRules.Analyzers.Tests.Designs;
using HaRules.Analyzers.Tests.Support;
using HaRules.Checking;
using HaRules.Running;
using HaRules.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Samples.FragileShop;
using Samples.WebShop;
using Xunit;

namespace HaRules.Analyzers.Tests;

/// <summary>
/// The model the analyzer reads from source equals the model the design builds at run time (with
/// the columns <see cref="SourceColumns"/> gives it), and so do the findings and the diagnostics.
/// </summary>
public sealed class EquivalenceTests
{
    private static readonly DateTime Today = new(2026, 11, 25);

    [Fact]
    public Task The_reference_design_reads_as_it_runs() =>
        AssertEquivalent(new WebShopDesign(), "samples/WebShop/WebShopDesign.cs", expectFindings: false);

    [Fact]
    public Task The_fragile_design_reads_as_it_runs() =>
        AssertEquivalent(new FragileShopDesign(), "samples/FragileShop/FragileShopDesign.cs", expectFindings: true);

    [Fact]
    public Task A_design_with_helpers_lambdas_loops_and_every_constant_shape_reads_as_it_runs() =>
        AssertEquivalent(new ReadableDesign(), Compilations.TestFile("Designs/ReadableDesign.cs"), expectFindings: true);

    private static async Task AssertEquivalent(IDesign design, string path, bool expectFindings)
    {
        var file = System.IO.Path.IsPathRooted(path) ? path : System.IO.Path.Combine(Compilations.RepositoryRoot, path);
        var expected = new SourceColumns().Resolve(DesignEvaluator.Evaluate(design));
        var compilation = Compilations.FromFilesForThisRuntime(file);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        var reading = DesignReader.Read(compilation, design.GetType().FullName!);
        Assert.NotNull(reading);
        Assert.Empty(reading!.Gaps);
        var actual = reading.Model;

        Assert.Equal(expected.Name, actual.Name);
        Assert.Equal(ModelText.Components(expected), ModelText.Components(actual));
        Assert.Equal(ModelText.Groups(expected), ModelText.Groups(actual));
        Assert.Equal(ModelText.Relations(expected), ModelText.Relations(actual));
        Assert.Equal(ModelText.Acceptances(expected), ModelText.Acceptances(actual));
        Assert.Equal(ModelText.Findings(expected.Problems.Select(DesignProblems.ToFinding)), ModelText.Findings(actual.Problems.Select(DesignProblems.ToFinding)));
        Assert.True(expected.Components.SequenceEqual(actual.Components));
        Assert.True(expected.Relations.SequenceEqual(actual.Relations));

        var options = new CheckOptions { Today = Today };
        var expectedFindings = DesignChecker.Check(expected, options).Findings;
        Assert.Equal(ModelText.Findings(expectedFindings), ModelText.Findings(DesignChecker.Check(actual, options).Findings));
        Assert.Equal(expectFindings, expectedFindings.Any(f => !f.Accepted));

        // The diagnostics the analyzer reports are the active findings (checked today), at the same lines and columns.
        var todays = DesignChecker.Check(expected, new CheckOptions()).Active
            .Select(f => $"{f.RuleId} {f.Location.Line}:{f.Location.Column} {f.Message}")
            .OrderBy(s => s, StringComparer.Ordinal);
        var diagnostics = await compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new HaRulesAnalyzer()))
            .GetAnalyzerDiagnosticsAsync();
        var reported = diagnostics
            .Select(d => $"{d.Id} {Position(d.Location)} {d.GetMessage()}")
            .OrderBy(s => s, StringComparer.Ordinal);
        Assert.Equal(todays, reported);
    }

    private static string Position(Location location)
    {
        var start = location.GetLineSpan().StartLinePosition;
        return $"{start.Line + 1}:{start.Character + 1}";
    }
}
