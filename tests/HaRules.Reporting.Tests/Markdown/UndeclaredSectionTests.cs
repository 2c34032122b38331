using System;
using System.Linq;
using System.Text.RegularExpressions;
using HaRules.Reporting.Html;
using HaRules.Reporting.Markdown;
using Xunit;

namespace HaRules.Reporting.Tests.Markdown;

/// <summary>
/// The "leaves undeclared" section on designs whose answer is known by construction: which
/// components get a row, what each cell says, the order of the rows (by name, not declaration)
/// and the cap of 200 rows.
/// </summary>
public sealed class UndeclaredSectionTests
{
    [Fact]
    public void A_component_that_leaves_a_fact_out_gets_a_row_and_one_that_declares_everything_none()
    {
        var d = new DesignBuilder("Undeclared");
        var feed = d.AddPowerFeed("feed");
        var ups = d.AddUps("ups").FedBy(feed);
        var rack = d.AddRack("rack");
        var sw = d.AddSwitch("sw").WithPowerSupplies(ups).InRack(rack);
        // Declared first, named last: the rows go by name.
        d.AddServer("zeta");
        d.AddServer("full").WithPowerSupplies(ups).WithNics(BondMode.ActiveBackup, sw).InRack(rack);
        d.AddServer("mid").WithPowerSupplies(ups);

        var section = Section(MarkdownReportWriter.Write(new[] { Reports.Check(d) }, Reports.Paths));

        // Only servers leave facts out: the UPS is fed, the switch has power and a rack.
        Assert.Equal(new[] { "Servers" }, Regex.Matches(section, "^#### (.+)$", RegexOptions.Multiline).Select(m => m.Groups[1].Value));
        Assert.Contains("| component | power supplies | NICs | HBAs | rack | capacity (workers) |\n", section);
        // No server is on shared storage or receives traffic, so HBAs and workers are not asked of them (–).
        var rows = Regex.Matches(section, @"^\| \*\*.+$", RegexOptions.Multiline).Select(m => m.Value).ToList();
        Assert.Equal(
            new[]
            {
                "| **mid** | declared | **not declared** | \u2013 | **not declared** | \u2013 |",
                "| **zeta** | **not declared** | **not declared** | \u2013 | **not declared** | \u2013 |",
            },
            rows);
        Assert.DoesNotContain("**full**", section);
    }

    [Fact]
    public void A_design_that_declares_every_judged_fact_says_so()
    {
        var d = new DesignBuilder("Complete");
        var feed = d.AddPowerFeed("feed");
        d.AddUps("ups").FedBy(feed);

        var section = Section(MarkdownReportWriter.Write(new[] { Reports.Check(d) }, Reports.Paths));

        Assert.Contains("Nothing: every component declares the facts the rules judge.", section);
        Assert.DoesNotContain("####", section);
    }

    [Fact]
    public void Past_200_rows_the_first_200_by_name_are_shown_and_the_rest_counted()
    {
        // 205 bare servers declared in reverse: by name, "s10" comes before "s2".
        var d = new DesignBuilder("Many");
        var names = Enumerable.Range(0, 205).Reverse().Select(i => "s" + i).ToList();
        foreach (var name in names)
        {
            d.AddServer(name);
        }

        var html = HtmlReportWriter.Write(new[] { Reports.Check(d) }, Reports.Paths);
        var start = html.IndexOf("<h3>What the design leaves undeclared</h3>", StringComparison.Ordinal);
        var section = html.Substring(start, html.IndexOf("</section>", start, StringComparison.Ordinal) - start);

        var shown = Regex.Matches(section, "<tr><td><strong>([^<]+)</strong></td>").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(names.OrderBy(n => n, StringComparer.Ordinal).Take(200), shown);
        Assert.Equal("s0", shown[0]);
        Assert.Equal("s10", shown[2]);
        Assert.Contains("<p>5 more servers are left out here (the report shows 200 of 205); the JSON report has them all.</p>", section);
    }

    // The section, up to the next level-3 heading.
    private static string Section(string markdown)
    {
        var start = markdown.IndexOf("### What the design leaves undeclared", StringComparison.Ordinal);
        Assert.True(start >= 0, "the report has the section");
        var end = markdown.IndexOf("\n### ", start + 4, StringComparison.Ordinal);
        return markdown.Substring(start, (end < 0 ? markdown.Length : end) - start);
    }
}
