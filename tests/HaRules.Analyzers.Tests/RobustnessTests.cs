using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using HaRules.Analyzers.Reading;
using HaRules.Analyzers.Tests.Support;
using HaRules.Checking;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace HaRules.Analyzers.Tests;

/// <summary>
/// Half-typed designs never break the analyzer: the sample and test designs are mutated (tokens
/// deleted, duplicated, swapped; files cut short) with a fixed seed, and on every mutant the reader,
/// the engine and the analyzer run without an exception and without AD0001. And code that is not a
/// design gets no diagnostic at all.
/// </summary>
public sealed class RobustnessTests
{
    /// <summary>Mutants per design file; four files make 520 cases.</summary>
    private const int MutantsPerFile = 130;

    public static TheoryData<string> DesignFiles => new()
    {
        "samples/WebShop/WebShopDesign.cs",
        "samples/FragileShop/FragileShopDesign.cs",
        "tests/HaRules.Analyzers.Tests/Designs/ReadableDesign.cs",
        "tests/TestDesigns/MisbehavingDesigns.cs",
    };

    [Theory]
    [MemberData(nameof(DesignFiles))]
    public async Task Mutated_designs_never_make_the_analyzer_throw(string relative)
    {
        var path = Path.Combine(Compilations.RepositoryRoot, relative);
        var source = File.ReadAllText(path);
        var mutator = new TokenMutator(seed: 20261125 ^ relative.Length);
        var failures = new List<string>();
        var read = 0;
        for (var i = 0; i < MutantsPerFile; i++)
        {
            var (text, description) = mutator.Mutate(source);
            var compilation = Compilations.FromSource(text, path);
            try
            {
                read += ReadAndCheckEveryDesign(compilation);
            }
            catch (Exception ex)
            {
                failures.Add($"case {i} ({description}): reader or engine threw {ex.GetType().Name}: {ex.Message}");
                continue;
            }

            var (exceptions, diagnostics) = await Analyze(compilation);
            failures.AddRange(exceptions.Select(e => $"case {i} ({description}): analyzer threw {e}"));
            failures.AddRange(diagnostics.Where(d => d.Id == "AD0001").Select(d => $"case {i} ({description}): {d}"));
        }

        Assert.Empty(failures);

        // Most mutants still hold a design the reader reads: the cases exercise it, not only the parser.
        Assert.True(read > MutantsPerFile / 2, $"only {read} of {MutantsPerFile} mutants were read");
    }

    [Fact]
    public async Task The_repository_own_sources_get_no_diagnostic()
    {
        var src = Path.Combine(Compilations.RepositoryRoot, "src");
        foreach (var project in Directory.GetDirectories(src))
        {
            var files = Directory.GetFiles(project, "*.cs", SearchOption.AllDirectories)
                .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                    && !f.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                .ToArray();
            if (files.Length == 0)
            {
                continue;
            }

            // The library itself declares IDesign; the other projects see it through the reference.
            var compilation = Compilations.FromFiles(files, withHaRules: Path.GetFileName(project) != "HaRules", withLoadedAssemblies: true);
            var (exceptions, diagnostics) = await Analyze(compilation);

            Assert.Empty(exceptions);
            Assert.Empty(diagnostics);
        }
    }

    private static int ReadAndCheckEveryDesign(Compilation compilation)
    {
        if (compilation.GetTypeByMetadataName("HaRules.IDesign") is not { } designInterface)
        {
            return 0;
        }

        var read = 0;
        foreach (var type in AllTypes(compilation.Assembly.GlobalNamespace))
        {
            if (DesignReader.DescribeMethod(type, designInterface) is not null && DesignReader.Read(compilation, type) is { } reading)
            {
                DesignChecker.Check(reading.Model, new CheckOptions { Today = new DateTime(2026, 11, 25) });
                read = 1;
            }
        }

        return read;
    }

    private static IEnumerable<INamedTypeSymbol> AllTypes(INamespaceSymbol ns) =>
        ns.GetTypeMembers().Concat(ns.GetNamespaceMembers().SelectMany(AllTypes));

    private static async Task<(List<Exception> Exceptions, ImmutableArray<Diagnostic> Diagnostics)> Analyze(Compilation compilation)
    {
        var exceptions = new List<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: (ex, _, _) => { lock (exceptions) { exceptions.Add(ex); } },
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        var diagnostics = await compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new HaRulesAnalyzer()), options)
            .GetAnalyzerDiagnosticsAsync();
        return (exceptions, diagnostics);
    }
}
