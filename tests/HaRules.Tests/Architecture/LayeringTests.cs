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
        var (violations, bound) = Violations(EngineSources());
        Assert.True(bound > 1000, $"only {bound} names bound: the test would see nothing");
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    // The check itself: each reversed arrow the docs forbid is seen, whether named by a using, a
    // qualified name, a member, a doc comment or the design language's root namespace.
    [Theory]
    [InlineData("HaRules.Model", "HaRules.Rules", "model (HaRules.Model) names Target of rules (HaRules.Rules)")]
    [InlineData("HaRules.Model", "HaRules", "model (HaRules.Model) names Target of design language (HaRules)")]
    [InlineData("HaRules.Reliability", "HaRules.Rules.Common", "graph and analyses (HaRules.Reliability) names Target of rules (HaRules.Rules.Common)")]
    [InlineData("HaRules.Reliability", "HaRules.Findings", "graph and analyses (HaRules.Reliability) names Target of findings vocabulary (HaRules.Findings)")]
    [InlineData("HaRules.Raid", "HaRules.Reliability", "RAID figures (HaRules.Raid) names Target of graph and analyses (HaRules.Reliability)")]
    [InlineData("HaRules.Rules.Web", "HaRules.Checking", "rules (HaRules.Rules.Web) names Target of checking (HaRules.Checking)")]
    [InlineData("HaRules.Checking", "HaRules.Running", "checking (HaRules.Checking) names Target of running designs (HaRules.Running)")]
    [InlineData("HaRules.Internal", "HaRules.Model", "helpers (HaRules.Internal) names Target of model (HaRules.Model)")]
    [InlineData("System.Runtime.CompilerServices", "HaRules.Model", "helpers (System.Runtime.CompilerServices) names Target of model (HaRules.Model)")]
    public void The_check_sees_a_lower_layer_naming_a_higher_one(string from, string to, string expected)
    {
        var sources = new[]
        {
            Source("from.cs", $"namespace {from} {{ internal static class Source {{ internal static int Use() => {to}.Target.Value; }} }}"),
            Source("to.cs", $"namespace {to} {{ internal static class Target {{ internal const int Value = 1; }} }}"),
        };

        var (violations, _) = Violations(sources);
        Assert.Contains(violations, v => v.EndsWith(expected, StringComparison.Ordinal));
        Assert.Empty(Violations(new[] { sources[1], Source("back.cs", $"namespace {to} {{ internal static class Back {{ internal static int Use() => Target.Value; }} }}") }).Violations);
    }

    [Fact]
    public void The_check_sees_a_using_and_a_doc_comment_naming_a_higher_layer()
    {
        var sources = new[]
        {
            Source("from.cs", "using HaRules.Rules;\nnamespace HaRules.Model;\n/// <summary>See <see cref=\"Target\"/>.</summary>\ninternal sealed class Source { }"),
            Source("to.cs", "namespace HaRules.Rules { internal static class Target { } }"),
        };

        Assert.Contains(Violations(sources).Violations, v => v.Contains("names Target of rules", StringComparison.Ordinal));
    }

    [Fact]
    public void A_namespace_or_type_outside_the_layers_is_unplaced()
    {
        Assert.Equal(
            new[] { "HaRules.Storage", "(global namespace): Loose" },
            Unplaced(new[]
            {
                Source("a.cs", "namespace HaRules.Storage { internal sealed class A { } }"),
                Source("b.cs", "internal sealed class Loose { }"),
                Source("c.cs", "namespace System.Runtime.CompilerServices { internal static class IsExternalInit { } }"),
                Source("d.cs", "namespace HaRules.Rules.Web { internal sealed class D { } }"),
            }));
    }

    private static (string Path, SyntaxTree Tree) Source(string path, string text) =>
        (path, CSharpSyntaxTree.ParseText(text, new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Parse), path));

    private static (IReadOnlyList<string> Violations, int Bound) Violations(IReadOnlyList<(string Path, SyntaxTree Tree)> sources)
    {
        var compilation = CSharpCompilation.Create(
            "HaRules.Layering",
            sources.Select(s => s.Tree),
            References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Take(5).ToList();

        // A name the compiler cannot bind (a front end's, say) is an error here, never a pass.
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));

        var violations = new SortedSet<string>(StringComparer.Ordinal);
        var bound = 0;
        foreach (var (path, tree) in sources)
        {
            var model = compilation.GetSemanticModel(tree);
            var root = tree.GetRoot();
            foreach (var declaration in root.DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>())
            {
                var from = LayerOfDeclared(declaration.Name.ToString());
                if (from is null)
                {
                    continue;
                }

                foreach (var name in declaration.DescendantNodes(descendIntoTrivia: true).OfType<SimpleNameSyntax>())
                {
                    var symbol = model.GetSymbolInfo(name).Symbol ?? model.GetSymbolInfo(name).CandidateSymbols.FirstOrDefault();
                    var target = NamespaceOf(symbol);
                    if (target is null || LayerOfDeclared(target) is not { } to)
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

        return (violations.ToList(), bound);
    }

    [Fact]
    public void Every_namespace_of_the_engine_has_its_layer()
    {
        var sources = EngineSources();
        Assert.True(sources.Count > 100, $"only {sources.Count} engine sources found");
        var unplaced = Unplaced(sources);
        Assert.True(unplaced.Count == 0, "not in docs/architecture.md's layers: " + string.Join(", ", unplaced));
    }

    // Namespaces of HaRules with no layer, and types declared outside any namespace (which the
    // arrows could not judge). Polyfills declare the platform's own namespaces
    // (System.Runtime.CompilerServices…): they are helpers, the lowest layer.
    private static IReadOnlyList<string> Unplaced(IEnumerable<(string Path, SyntaxTree Tree)> sources) =>
        sources.SelectMany(s => s.Tree.GetRoot().DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>())
            .Select(d => d.Name.ToString())
            .Where(ns => LayerOfDeclared(ns) is null)
            .Concat(sources.SelectMany(s => ((CompilationUnitSyntax)s.Tree.GetRoot()).Members.OfType<BaseTypeDeclarationSyntax>())
                .Select(t => "(global namespace): " + t.Identifier.Text))
            .Distinct()
            .ToList();

    private static (int Layer, string Part)? LayerOfDeclared(string ns) =>
        ns == "HaRules" || ns.StartsWith("HaRules.", StringComparison.Ordinal) ? LayerOf(ns) : (0, "helpers");

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
