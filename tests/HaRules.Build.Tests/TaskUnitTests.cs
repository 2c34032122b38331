using System.IO;
using System.Text.RegularExpressions;
using HaRules.Findings;
using Xunit;
using HaRules.Rules;

namespace HaRules.Build.Tests;

public sealed class TaskUnitTests
{
    [Theory]
    [InlineData("/src/D.cs(12,19): error HA101: web is a SPOF", "/src/D.cs", 12, 19, "error", "HA101", "web is a SPOF")]
    [InlineData("/src/D.cs(7): warning HA008: expired: see (x)", "/src/D.cs", 7, 0, "warning", "HA008", "expired: see (x)")]
    [InlineData("C:\\a b\\D.cs(3,1): info HA205: fans", "C:\\a b\\D.cs", 3, 1, "info", "HA205", "fans")]
    [InlineData("Designs.dll: error HA006: design X did not finish", "", 0, 0, "error", "HA006", "design X did not finish")]
    public void Finding_lines_are_parsed(string text, string file, int line, int column, string severity, string id, string message)
    {
        var finding = FindingLine.Parse(text)!;
        Assert.Equal(file, finding.File);
        Assert.Equal(line, finding.Line);
        Assert.Equal(column, finding.Column);
        Assert.Equal(severity, finding.Severity);
        Assert.Equal(id, finding.Id);
        Assert.Equal(message, finding.Message);
    }

    [Theory]
    [InlineData("Building FragileShop.csproj (Release)…")]
    [InlineData("MyDesign: 3 components; 1 errors, 0 warnings, 0 info; 0 accepted")]
    [InlineData("Wrote /tmp/harules-report.json")]
    public void Other_lines_are_not_findings(string text) => Assert.Null(FindingLine.Parse(text));

    [Fact]
    public void The_targets_help_links_match_the_rule_catalog()
    {
        var targets = File.ReadAllText(Path.Combine(Dotnet.RepositoryRoot(), "src", "HaRules.Build", "build", "HaRules.targets"));
        var declared = Regex.Match(targets, "<HaRulesHelpLinkBase[^>]*>(.*?)</HaRulesHelpLinkBase>").Groups[1].Value;
        Assert.Equal(RuleCatalog.HelpLinkBase, declared);
    }
}
