using System.IO.Compression;
using System.Linq;
using Xunit;

namespace HaRules.Build.Tests;

[Collection("package")]
public sealed class PackageLayoutTests
{
    private readonly PackageFixture _package;

    public PackageLayoutTests(PackageFixture package) => _package = package;

    [Fact]
    public void The_package_carries_library_task_tool_and_msbuild_files()
    {
        using var zip = ZipFile.OpenRead(_package.PackagePath);
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet();

        foreach (var expected in new[]
        {
            "lib/netstandard2.0/HaRules.dll",
            "lib/netstandard2.0/HaRules.xml",
            "analyzers/dotnet/cs/HaRules.dll",
            "analyzers/dotnet/cs/QuikGraph.dll",
            "analyzers/dotnet/cs/HaRules.Analyzers.dll",
            "analyzers/dotnet/cs/HaRules.CodeFixes.dll",
            "tasks/netstandard2.0/HaRules.Build.dll",
            "tools/net8.0/any/HaRules.Cli.dll",
            "tools/net8.0/any/HaRules.Cli.runtimeconfig.json",
            "tools/net8.0/any/HaRules.Reporting.dll",
            "tools/net8.0/any/HaRules.dll",
            "tools/net8.0/any/QuikGraph.dll",
            "build/HaRules.props",
            "build/HaRules.targets",
            "buildTransitive/HaRules.props",
            "buildTransitive/HaRules.targets",
        })
        {
            Assert.Contains(expected, entries);
        }
    }

    [Fact]
    public void No_roslyn_or_msbuild_assembly_is_inside()
    {
        using var zip = ZipFile.OpenRead(_package.PackagePath);
        var forbidden = zip.Entries.Select(e => e.Name)
            .Where(n => n.StartsWith("Microsoft.CodeAnalysis", System.StringComparison.OrdinalIgnoreCase)
                || n.StartsWith("Microsoft.Build", System.StringComparison.OrdinalIgnoreCase))
            .ToList();
        Assert.Empty(forbidden);
    }

    [Fact]
    public void The_package_depends_on_QuikGraph_only()
    {
        using var zip = ZipFile.OpenRead(_package.PackagePath);
        using var reader = new System.IO.StreamReader(zip.Entries.Single(e => e.FullName == "HaRules.nuspec").Open());
        var nuspec = reader.ReadToEnd();
        Assert.Contains("<dependency id=\"QuikGraph\" version=\"2.5.0\"", nuspec);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(nuspec, "<dependency "));
    }

    [Fact]
    public void The_package_has_its_readme()
    {
        using var zip = ZipFile.OpenRead(_package.PackagePath);
        using var reader = new System.IO.StreamReader(zip.Entries.Single(e => e.FullName == "HaRules.nuspec").Open());
        Assert.Contains("<readme>README.md</readme>", reader.ReadToEnd());
        using var readme = new System.IO.StreamReader(zip.Entries.Single(e => e.FullName == "README.md").Open());
        Assert.StartsWith("# HaRules", readme.ReadToEnd());
    }
}
