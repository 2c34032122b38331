using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using HaRules.Model;
using HaRules.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace HaRules.Tests.Architecture;

/// <summary>
/// The engine's arrows never reverse (docs/architecture.md): the engine names no front end, and a
/// lower layer names nothing of a higher one. Names are bound by the compiler, so a type of the
/// design language (which lives in the root namespace) counts as much as a <c>using</c>.
/// </summary>
public sealed class LayeringTests
{
    // Lowest first. A namespace may name its own layer and those below it, never one above.
    private static readonly (string Namespace, int Layer, string Part)[] Layers =
    {
        ("HaRules.Internal", 0, "helpers"),
        ("HaRules.Model", 1, "model"),
        ("HaRules", 2, "design language"),
        ("HaRules.Raid", 3, "RAID figures"),
        ("HaRules.Reliability", 4, "graph and analyses"),
        ("HaRules.Findings", 5, "findings vocabulary"),
        ("HaRules.Rules", 6, "rules"),
        ("HaRules.Checking", 7, "checking"),
        ("HaRules.Running", 8, "running designs"),
    };

    private static readonly string[] FrontEnds = { "HaRules.Cli", "HaRules.Build", "HaRules.Analyzers", "HaRules.CodeFixes", "HaRules.Reporting" };

    [Fact]
    public void The_engine_references_no_front_end()
    {
        var referenced = typeof(DesignModel).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();
        Assert.Contains("netstandard", referenced);
        Assert.Empty(referenced.Intersect(FrontEnds));

        var named = EngineSources().SelectMany(s => s.Tree.GetRoot().DescendantNodes().OfType<UsingDirectiveSyntax>())
            .Select(u => u.Name?.ToString() ?? string.Empty)
            .Where(n => FrontEnds.Any(f => n == f || n.StartsWith(f + ".", StringComparison.Ordinal)));
        Assert.Empty(named);
    }

    [Fact]
    public void No_layer_of_the_engine_names_a_higher_one()
    {
        var sources = EngineSources();
        var compilation = CSharpCompilation.Create(
            "HaRules.Layering",
            sources.Select(s => s.Tree),
            References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Take(5).ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));

        var violations = new SortedSet<string>(StringComparer.Ordinal);
        var bound = 0;
        foreach (var (path, tree) in sources)
        {
            var model = compilation.GetSemanticModel(tree);
            var root = tree.GetRoot();
            foreach (var declaration in root.DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>())
            {
                var from = LayerOf(declaration.Name.ToString());
                if (from is null)
                {
                    continue;
                }

                foreach (var name in declaration.DescendantNodes(descendIntoTrivia: true).OfType<SimpleNameSyntax>())
                {
                    var symbol = model.GetSymbolInfo(name).Symbol ?? model.GetSymbolInfo(name).CandidateSymbols.FirstOrDefault();
                    var target = NamespaceOf(symbol);
                    if (target is null || LayerOf(target) is not { } to)
                    {
                        continue;
                    }

                    bound++;
                    if (to.Layer > from.Value.Layer)
                    {
                        var line = name.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                        violations.Add($"{Path.GetFileName(path)}({line}): {from.Value.Part} ({declaration.Name}) names {symbol!.Name} of {to.Part} ({target})");
                    }
                }
            }
        }

        Assert.True(bound > 1000, $"only {bound} names bound: the test would see nothing");
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    [Fact]
    public void Every_namespace_of_the_engine_has_its_layer()
    {
        var unplaced = EngineSources()
            .SelectMany(s => s.Tree.GetRoot().DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>())
            .Select(d => d.Name.ToString())

            // Polyfills declare the platform's own namespaces (System.Runtime.CompilerServices…).
            .Where(ns => ns.StartsWith("HaRules", StringComparison.Ordinal) && LayerOf(ns) is null)
            .Distinct()
            .ToList();
        Assert.True(unplaced.Count == 0, "not in docs/architecture.md's layers: " + string.Join(", ", unplaced));
    }

    private static (int Layer, string Part)? LayerOf(string ns)
    {
        var match = Layers.Where(l => ns == l.Namespace || (l.Namespace != "HaRules" && ns.StartsWith(l.Namespace + ".", StringComparison.Ordinal)))
            .OrderByDescending(l => l.Namespace.Length)
            .Select(l => ((int Layer, string Part)?)(l.Layer, l.Part))
            .FirstOrDefault();
        return match;
    }

    // The namespace a name comes from: a type's, a member's type's, never a namespace itself
    // (a using directive alone names nothing).
    private static string? NamespaceOf(ISymbol? symbol)
    {
        var type = symbol switch
        {
            INamedTypeSymbol t => t,
            IMethodSymbol { MethodKind: MethodKind.Constructor } m => m.ContainingType,
            { ContainingType: { } containing } => containing,
            _ => null,
        };
        while (type?.ContainingType is { } outer)
        {
            type = outer;
        }

        return type is null || type.ContainingAssembly?.Name != "HaRules.Layering" ? null : type.ContainingNamespace.ToDisplayString();
    }

    private static IReadOnlyList<(string Path, SyntaxTree Tree)> EngineSources()
    {
        var folder = Path.Combine(SampleSources.RepositoryRoot(), "src", "HaRules");
        var options = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Parse);
        return Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (f, CSharpSyntaxTree.ParseText(File.ReadAllText(f), options, f)))
            .ToList();
    }

    private static IEnumerable<MetadataReference> References()
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return platform
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Append(typeof(QuikGraph.IEdge<>).Assembly.Location)
            .Distinct()
            .Select(p => MetadataReference.CreateFromFile(p));
    }
}
