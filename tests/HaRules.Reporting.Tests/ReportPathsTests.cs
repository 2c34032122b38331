using System;
using System.IO;
using HaRules.Findings;
using HaRules.Model;
using Xunit;
using HaRules.Rules;

namespace HaRules.Reporting.Tests;

public sealed class ReportPathsTests
{
    private static readonly string Repo = Path.Combine(Path.GetTempPath(), "harules-paths", "repo");

    private static SourceLocation At(string relative, int line) => new(Path.Combine(Repo, relative), line, 5);

    [Fact]
    public void Paths_are_relative_to_the_root_with_forward_slashes()
    {
        var paths = new ReportPaths(Repo);
        Assert.Equal("src/Shop/Design.cs", paths.Format(Path.Combine(Repo, "src", "Shop", "Design.cs")));
        var outside = Path.Combine(Path.GetTempPath(), "elsewhere", "Design.cs");
        Assert.Equal(outside.Replace('\\', '/'), paths.Format(outside));
    }

    [Fact]
    public void The_file_system_root_as_root_keeps_one_separator()
    {
        var top = Path.GetPathRoot(Repo)!;
        Assert.Equal(Path.GetRelativePath(top, Path.Combine(Repo, "Design.cs")).Replace('\\', '/'), new ReportPaths(top).Format(Path.Combine(Repo, "Design.cs")));
    }

    [Theory]
    [InlineData("", "src/Design.cs#L12")]
    [InlineData("reports", "../src/Design.cs#L12")]
    [InlineData("artifacts/bin/Shop/debug/harules", "../../../../../src/Design.cs#L12")]
    public void Source_links_climb_from_the_report_folder_to_the_line(string reportFolder, string expected)
    {
        var paths = new ReportPaths(Repo, Path.Combine(Repo, reportFolder));
        Assert.Equal(expected, paths.SourceLink(At("src/Design.cs", 12)));
    }

    [Fact]
    public void Source_links_percent_encode_each_segment()
    {
        var paths = new ReportPaths(Repo);
        Assert.Equal("my%20designs/a%23b%20%28v2%29.cs#L3", paths.SourceLink(At("my designs/a#b (v2).cs", 3)));
    }

    [Fact]
    public void No_link_leaves_the_root_or_points_nowhere()
    {
        var outsideFile = new SourceLocation(Path.Combine(Path.GetTempPath(), "harules-paths", "other", "Design.cs"), 4);
        Assert.Null(new ReportPaths(Repo).SourceLink(outsideFile));
        Assert.Null(new ReportPaths(Repo, Path.Combine(Path.GetTempPath(), "harules-paths", "out")).SourceLink(At("src/Design.cs", 4)));
        Assert.Null(new ReportPaths(null).SourceLink(At("src/Design.cs", 4)));
        Assert.Null(new ReportPaths(Repo).SourceLink(SourceLocation.None));

        // A sibling whose name starts with the root's is not under it.
        Assert.Null(new ReportPaths(Repo).SourceLink(new SourceLocation(Repo + "-fork/Design.cs", 4)));
    }

    [Fact]
    public void Help_links_use_the_given_base_with_one_slash()
    {
        Assert.Equal(RuleCatalog.HelpLinkBase + "HA101.md", new ReportPaths(Repo).HelpLink("HA101"));
        Assert.Equal("https://docs.example.org/rules/HA101.md", new ReportPaths(Repo, helpLinkBase: "https://docs.example.org/rules").HelpLink("HA101"));
        Assert.Equal("https://docs.example.org/rules/HA101.md", new ReportPaths(Repo, helpLinkBase: "https://docs.example.org/rules/").HelpLink("HA101"));
    }

    [Fact]
    public void The_project_root_is_the_nearest_folder_holding_a_project_file()
    {
        var project = Path.Combine(Path.GetTempPath(), "harules-paths", Guid.NewGuid().ToString("N"), "Shop");
        var designs = Path.Combine(project, "Designs", "Web");
        Directory.CreateDirectory(designs);
        File.WriteAllText(Path.Combine(project, "Shop.csproj"), "<Project />");

        Assert.Equal(project, ReportPaths.FindProjectRoot(designs));
        Assert.Null(ReportPaths.FindRepositoryRoot(designs));
    }
}
