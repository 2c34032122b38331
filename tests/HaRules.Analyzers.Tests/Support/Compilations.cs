using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace HaRules.Analyzers.Tests.Support;

/// <summary>Compiles design sources against .NET 8 reference assemblies and the HaRules library.</summary>
public static class Compilations
{
    public static MetadataReference HaRulesReference { get; } = MetadataReference.CreateFromFile(typeof(DesignBuilder).Assembly.Location);

    /// <summary>The repository's root folder, found from this file's own path.</summary>
    public static string RepositoryRoot => Path.GetFullPath(Path.Combine(SupportFolder(), "..", "..", ".."));

    /// <summary>A file of the test project, by its path relative to the project folder.</summary>
    public static string TestFile(string relative) => Path.GetFullPath(Path.Combine(SupportFolder(), "..", relative));

    /// <summary>
    /// A compilation of the given files (each tree keeping its full path, as the compiler sees it)
    /// against the running framework, so every call binds to the overload the test assembly bound to
    /// (<c>TimeSpan.FromDays(365, 12)</c> exists from .NET 9 on).
    /// </summary>
    public static CSharpCompilation FromFilesForThisRuntime(params string[] paths) =>
        Create(paths.Select(p => CSharpSyntaxTree.ParseText(File.ReadAllText(p), Options, path: p)), RuntimeReferences().Append(HaRulesReference));

    /// <summary>A compilation of one in-memory source.</summary>
    public static CSharpCompilation FromSource(string source, string path = "/designs/Design.cs", bool withHaRules = true) =>
        Create(new[] { CSharpSyntaxTree.ParseText(source, Options, path: path) }, withHaRules);

    /// <summary>
    /// A compilation of files from disk against .NET 8, optionally the HaRules library and every
    /// assembly loaded in the test process (Roslyn, xunit…), so most of the repository's own code binds.
    /// </summary>
    public static CSharpCompilation FromFiles(IEnumerable<string> paths, bool withHaRules, bool withLoadedAssemblies)
    {
        var references = Net80.References.All.Cast<MetadataReference>().ToList();
        if (withHaRules)
        {
            references.Add(HaRulesReference);
        }

        if (withLoadedAssemblies)
        {
            var known = new HashSet<string>(Net80.References.All.Select(r => Path.GetFileName(r.FilePath ?? string.Empty)), System.StringComparer.OrdinalIgnoreCase);
            references.AddRange(System.AppDomain.CurrentDomain.GetAssemblies()
                .Where(a => !a.IsDynamic && a.Location.Length > 0 && !known.Contains(Path.GetFileName(a.Location)) && a.GetName().Name != "HaRules")
                .Select(a => MetadataReference.CreateFromFile(a.Location)));
        }

        return Create(paths.Select(p => CSharpSyntaxTree.ParseText(File.ReadAllText(p), Options, path: p)), references);
    }

    private static string SupportFolder([CallerFilePath] string thisFile = "") => Path.GetDirectoryName(thisFile)!;

    private static CSharpParseOptions Options { get; } = new(LanguageVersion.Latest);

    private static CSharpCompilation Create(IEnumerable<SyntaxTree> trees, bool withHaRules)
    {
        var references = Net80.References.All.Cast<MetadataReference>().ToList();
        if (withHaRules)
        {
            references.Add(HaRulesReference);
        }

        return Create(trees, references);
    }

    private static IEnumerable<MetadataReference> RuntimeReferences() =>
        ((string)System.AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", System.StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll")
            .Select(p => MetadataReference.CreateFromFile(p));

    private static CSharpCompilation Create(IEnumerable<SyntaxTree> trees, IEnumerable<MetadataReference> references)
    {
        return CSharpCompilation.Create(
            "Designs",
            trees,
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }
}
