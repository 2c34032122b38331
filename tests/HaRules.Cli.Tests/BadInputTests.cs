using System;
using System.IO;
using System.Linq;
using Xunit;

namespace HaRules.Cli.Tests;

/// <summary>What cannot be checked gets one line on standard error that says what to do, and exit 2.</summary>
public sealed class BadInputTests
{
    [Fact]
    public void A_path_that_does_not_exist_gets_one_line_and_exit_2()
    {
        var missing = Path.Combine(CliRunner.TempDirectory(), "Shop");

        var (code, stdout, stderr) = CliRunner.Run("check", missing);

        Assert.Equal(ExitCodes.CouldNotRun, code);
        Assert.Equal($"harules: {missing} does not exist; name a built assembly (.dll), a project (.csproj) or its folder", OneLine(stderr));
        Assert.Equal(string.Empty, stdout);
    }

    [Fact]
    public void A_source_file_gets_one_line_naming_its_project_and_exit_2()
    {
        var source = Path.Combine(CliRunner.RepositoryRoot(), "samples", "FragileShop", "FragileShopDesign.cs");

        var (code, _, stderr) = CliRunner.Run("check", source);

        Assert.Equal(ExitCodes.CouldNotRun, code);
        var line = OneLine(stderr);
        Assert.StartsWith($"harules: {source} is a C# source file; name its project instead: harules check \"", line);
        Assert.EndsWith("FragileShop.csproj\"", line);
    }

    [Fact]
    public void A_project_that_does_not_build_gets_one_line_with_its_first_error_and_exit_2()
    {
        var project = CliRunner.TempDirectory();
        File.WriteAllText(Path.Combine(project, "Broken.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net$(NETCoreAppMaximumVersion)</TargetFramework>
              </PropertyGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(project, "Design.cs"), "public sealed class Design\n{\n    int x = ;\n}\n");

        var (code, _, stderr) = CliRunner.Run("check", project);

        Assert.Equal(ExitCodes.CouldNotRun, code);
        var failures = stderr.Split('\n').Where(l => l.StartsWith("harules: ", StringComparison.Ordinal)).ToList();
        var failure = Assert.Single(failures);
        Assert.StartsWith("harules: Broken.csproj does not build (", failure);
        Assert.Contains("Design.cs(3,13): error CS1525", failure);
        Assert.Contains("; fix it (dotnet build ", failure);
        // Nothing of the compiler's output but that one error: the progress line and the failure.
        Assert.All(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => Assert.True(l.StartsWith("harules: ", StringComparison.Ordinal) || l.StartsWith("Building ", StringComparison.Ordinal), l));
    }

    [Theory]
    [InlineData("harules: unknown option '--fromat' (see 'harules check --help')", "check", "--fromat", "markdown", "x.dll")]
    [InlineData("harules: unknown format 'pdf'; use one of text, json, markdown, html, sarif (see 'harules check --help')", "check", "x.dll", "--format", "pdf")]
    [InlineData("harules: Unrecognized command or argument 'chek' (see 'harules --help')", "chek", "x.dll")]
    [InlineData("harules: --fail-on takes error, warning or never, not 'sometimes' (see 'harules check --help')", "check", "x.dll", "--fail-on", "sometimes")]
    [InlineData("harules: --memory-limit takes a size of at least 64 MB, as 512MB or 4GB, not 'lots' (see 'harules check --help')", "check", "x.dll", "--memory-limit", "lots")]
    public void A_mistyped_command_line_gets_one_line_pointing_at_help(string expected, params string[] args)
    {
        var (code, _, stderr) = CliRunner.Run(args);

        Assert.Equal(ExitCodes.CouldNotRun, code);
        Assert.Equal(expected, OneLine(stderr));
    }

    [Fact]
    public void A_help_link_base_that_is_neither_url_nor_folder_exits_2()
    {
        var (code, _, stderr) = CliRunner.Run("check", CliRunner.Assembly("WebShop"), "--help-link-base", "no-such-folder");

        Assert.Equal(ExitCodes.CouldNotRun, code);
        Assert.Equal("harules: --help-link-base takes a URL, a folder of rule pages or 'bundled'; no-such-folder is none of them", OneLine(stderr));
    }

    private static string OneLine(string stderr)
    {
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length == 1, "expected one line on standard error, got:\n" + stderr);
        return lines[0].TrimEnd('\r');
    }
}
