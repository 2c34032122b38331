using System;
using System.Globalization;
using System.IO;
using Xunit;

namespace HaRules.Build.Tests;

/// <summary>
/// Packs the HaRules package once, with a version of its own (a re-packed version would be ignored
/// by consumers: the global packages folder keeps the first copy), into a new, empty folder used as
/// a feed. Consumers restore into a packages folder of their own (<c>NUGET_PACKAGES</c>), so no
/// copy cached by an earlier run can stand in for the packed one.
/// </summary>
public sealed class PackageFixture : IDisposable
{
    public PackageFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "harules-e2e", Guid.NewGuid().ToString("N"));
        Feed = Path.Combine(Root, "feed");
        Version = "0.1.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);
        var project = Path.Combine(Dotnet.RepositoryRoot(), "src", "HaRules.Package", "HaRules.Package.csproj");
        var (code, output) = Dotnet.Run(
            Dotnet.RepositoryRoot(),
            $"pack \"{project}\" -c Release -o \"{Feed}\" -p:Version={Version} --artifacts-path \"{Path.Combine(Root, "artifacts")}\"",
            TimeSpan.FromMinutes(8));
        if (code != 0)
        {
            throw new InvalidOperationException("pack failed:\n" + output);
        }

        PackagePath = Path.Combine(Feed, $"HaRules.{Version}.nupkg");
        Environment = new System.Collections.Generic.Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(Root, "packages") };
    }

    /// <summary>The environment consumers build with: a packages folder of this fixture's own.</summary>
    public System.Collections.Generic.IReadOnlyDictionary<string, string> Environment { get; }

    public string Root { get; }

    public string Feed { get; }

    public string Version { get; }

    public string PackagePath { get; }

    /// <summary>A new design project outside the repository that references the package from the feed.</summary>
    public ConsumerProject NewConsumer(string name) => new(Path.Combine(Root, name), Feed, Version, Environment);

    public void Dispose()
    {
        Dotnet.Run(Root, "build-server shutdown");
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean: a build server may still hold a file.
        }
    }
}

[CollectionDefinition("package")]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>
{
}
