using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Xunit;

namespace HaRules.Build.Tests;

/// <summary>
/// Packs the <c>harules</c> tool (HaRules.Cli) and the HaRules package with a version of their own
/// into a new, empty folder feed, and installs the tool into a <c>--tool-path</c>. Every dotnet
/// process it starts uses a packages folder and a CLI home of its own, so no copy cached by an
/// earlier run (or another test) can stand in for the packed one, and no global tool of the
/// machine's user is touched.
/// </summary>
public sealed class ToolPackageFixture : IDisposable
{
    // Packing builds the whole product in Release; on a loaded two-core machine that takes minutes.
    private static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(15);

    public ToolPackageFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "harules-tool", Guid.NewGuid().ToString("N"));
        Feed = Path.Combine(Root, "feed");
        ToolPath = Path.Combine(Root, "tools");
        Directory.CreateDirectory(Feed);
        Version = "0.1.0-tool." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);
        Environment = new Dictionary<string, string>
        {
            ["NUGET_PACKAGES"] = Path.Combine(Root, "packages"),
            ["DOTNET_CLI_HOME"] = Path.Combine(Root, "home"),
            ["MSBUILDDISABLENODEREUSE"] = "1",
        };

        foreach (var project in new[] { "HaRules.Package", "HaRules.Cli" })
        {
            var path = Path.Combine(Dotnet.RepositoryRoot(), "src", project, project + ".csproj");
            // Packing reads no HaRules package, so it may use the machine's packages folder (much faster).
            Succeed(Dotnet.RepositoryRoot(), $"pack \"{path}\" -c Release -o \"{Feed}\" -p:Version={Version} --artifacts-path \"{Path.Combine(Root, "artifacts")}\"", PackTimeout, NoNodeReuse);
        }

        Succeed(Root, $"tool install HaRules.Cli --version {Version} --add-source \"{Feed}\" --tool-path \"{ToolPath}\"");
    }

    public string Root { get; }

    public string Feed { get; }

    public string Version { get; }

    /// <summary>The folder the tool was installed into with <c>--tool-path</c>.</summary>
    public string ToolPath { get; }

    /// <summary>The installed command.</summary>
    public string Harules => Path.Combine(ToolPath, OperatingSystem.IsWindows() ? "harules.exe" : "harules");

    public IReadOnlyDictionary<string, string> Environment { get; }

    /// <summary>Runs dotnet with this fixture's packages folder and CLI home.</summary>
    public (int ExitCode, string Output) RunDotnet(string workingDirectory, string arguments, TimeSpan? timeout = null) =>
        Dotnet.Exec("dotnet", workingDirectory, arguments, timeout, Environment);

    /// <summary>Runs a program (an installed <c>harules</c>) with this fixture's environment; ten minutes at most.</summary>
    public (int ExitCode, string Output) Run(string program, string workingDirectory, string arguments) =>
        Dotnet.Exec(program, workingDirectory, arguments, TimeSpan.FromMinutes(10), Environment);

    /// <summary>A new design project outside the repository that references the packed HaRules package.</summary>
    public ConsumerProject NewConsumer(string name) => new(Path.Combine(Root, name), Feed, Version, Environment);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Left for the OS to clean: a process may still hold a file.
        }
    }

    private static readonly Dictionary<string, string> NoNodeReuse = new() { ["MSBUILDDISABLENODEREUSE"] = "1" };

    private void Succeed(string workingDirectory, string arguments, TimeSpan? timeout = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var (code, output) = Dotnet.Exec("dotnet", workingDirectory, arguments, timeout, environment ?? Environment);
        if (code != 0)
        {
            throw new InvalidOperationException($"dotnet {arguments} failed:\n{output}");
        }
    }
}

[CollectionDefinition("tool package")]
public sealed class ToolPackageCollection : ICollectionFixture<ToolPackageFixture>
{
}
