using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using Basic.Reference.Assemblies;
using HaRules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HaRules.Analyzers.Benchmarks;

/// <summary>
/// Times <see cref="HaRulesAnalyzer"/> as the compiler runs it: the analyzer's own time is Roslyn's
/// per-analyzer execution time (logAnalyzerExecutionTime), the total is compile plus analyzers.
/// </summary>
internal sealed class AnalyzerBench
{
    private static readonly MetadataReference HaRulesReference = MetadataReference.CreateFromFile(typeof(DesignBuilder).Assembly.Location);
    private readonly int _iterations;

    public AnalyzerBench(int iterations) => _iterations = iterations;

    public void Design(string name, string source, int? iterations = null)
    {
        var tree = CSharpSyntaxTree.ParseText(source, path: "/bench/Design.cs");
        var direct = new List<double>();
        var without = new List<double>();
        var with = new List<double>();
        var count = iterations ?? _iterations;
        for (var i = -3; i < count; i++)
        {
            var plain = Run(Compile(tree, withHaRules: true), withAnalyzer: false);
            var (all, diagnostics) = Run(Compile(tree, withHaRules: true), withAnalyzer: true);
            var read = ReadAndCheck(Compile(tree, withHaRules: true));
            if (i == -3)
            {
                Console.Error.WriteLine($"{name}: {diagnostics} HaRules diagnostics");
            }

            if (i >= 0)
            {
                direct.Add(read);
                without.Add(plain.Total);
                with.Add(all);
            }
        }

        Console.WriteLine($"| {name} | {Lines(source)} | {Ms(Median(direct))} | {Ms(P90(direct))} | {Ms(Median(without))} | {Ms(Median(with))} |");
    }

    // What the analyzer does per design, on a compilation already bound (as in the IDE after a keystroke).
    private static double ReadAndCheck(CSharpCompilation compilation)
    {
        compilation.GetDiagnostics();
        var design = compilation.GetTypeByMetadataName("GeneratedDesign") ?? compilation.GetTypeByMetadataName("Samples.WebShop.WebShopDesign")!;
        var watch = Stopwatch.StartNew();
        var reading = HaRules.Analyzers.Reading.DesignReader.Read(compilation, design)!;
        HaRules.Checking.DesignChecker.Check(reading.Model, new HaRules.Checking.CheckOptions());
        return watch.Elapsed.TotalMilliseconds;
    }

    public void NoDesign(string name, string source, bool withHaRules)
    {
        var tree = CSharpSyntaxTree.ParseText(source, path: "/bench/Plain.cs");
        var without = new List<double>();
        var with = new List<double>();
        var own = new List<double>();
        for (var i = -3; i < _iterations; i++)
        {
            var (plain, _) = Run(Compile(tree, withHaRules), withAnalyzer: false);
            var (all, _) = Run(Compile(tree, withHaRules), withAnalyzer: true);
            var (empty, _) = Run(Compile(tree, withHaRules), withAnalyzer: true, new EmptyAnalyzer());
            if (i >= 0)
            {
                without.Add(plain);
                with.Add(all);
                own.Add(empty);
            }
        }

        Console.WriteLine($"| {name} | {Lines(source)} | {Ms(Median(without))} | {Ms(Median(own))} | {Ms(Median(with))} |");
    }

    private static CSharpCompilation Compile(SyntaxTree tree, bool withHaRules)
    {
        var references = Net80.References.All.Cast<MetadataReference>().ToList();
        if (withHaRules)
        {
            references.Add(HaRulesReference);
        }

        return CSharpCompilation.Create("Bench", new[] { tree }, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
    }

    private static (double Total, int Diagnostics) Run(CSharpCompilation compilation, bool withAnalyzer, DiagnosticAnalyzer? analyzer = null)
    {
        var watch = Stopwatch.StartNew();
        if (!withAnalyzer)
        {
            var count = compilation.GetDiagnostics().Length;
            return (watch.Elapsed.TotalMilliseconds, count);
        }

        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: false);
        var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create(analyzer ?? new HaRulesAnalyzer()), options);
        var diagnostics = withAnalyzers.GetAllDiagnosticsAsync().GetAwaiter().GetResult();
        return (watch.Elapsed.TotalMilliseconds, diagnostics.Count(d => d.Id.StartsWith("HA", StringComparison.Ordinal)));
    }

    /// <summary>An analyzer that does nothing: the cost of running any analyzer at all.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class EmptyAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray<DiagnosticDescriptor>.Empty;

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        }
    }

    private static int Lines(string source) => source.Split('\n').Length;

    private static double Median(List<double> values) => values.OrderBy(v => v).ElementAt(values.Count / 2);

    private static double P90(List<double> values) => values.OrderBy(v => v).ElementAt(Math.Min(values.Count - 1, values.Count * 9 / 10));

    private static string Ms(double value) => value.ToString(value < 10 ? "0.00" : "0", System.Globalization.CultureInfo.InvariantCulture) + " ms";
}
