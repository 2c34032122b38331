using System;
using System.Linq;
using System.Text.RegularExpressions;
using HaRules.Reporting.Html;
using HaRules.Reporting.Markdown;
using Xunit;

namespace HaRules.Reporting.Tests.Markdown;

/// <summary>
/// Past the report limits (200 rows, 1,000 declared components drawn) the Markdown and HTML
/// reports summarise: a design of 300 services, 7 of them on one server without power supplies
/// (below their target, a single point of failure each), the rest on a redundant pair.
/// </summary>
public sealed class LargeDesignSummaryTests
{
    private const int Services = 300;
    private static readonly int[] Weak = { 3, 50, 120, 121, 199, 250, 299 };

    private static DesignReport Large()
    {
        var d = new DesignBuilder("Large");
        var upsA = d.AddUps("ups-a");
        var upsB = d.AddUps("ups-b");
        for (var s = 0; s < Services; s++)
        {
            var p = "s" + s + "-";
            if (Weak.Contains(s))
            {
                var lone = d.AddServer(p + "app");
                d.AddService(p + "svc").EntryPoint(lone).AvailabilityTarget(0.99999999);
                continue;
            }

            var app = d.AddServer(p + "app", replicas: 2).WithPowerSupplies(upsA, upsB);
            var lb = d.AddLoadBalancer(p + "lb").WithStandby().WithPowerSupplies(upsA, upsB).HealthCheck(TimeSpan.FromSeconds(5)).Targets(app);
            d.AddService(p + "svc").EntryPoint(lb);
        }

        return Reports.Check(d);
    }

    [Fact]
    public void A_large_design_gets_its_tiers_instead_of_a_diagram_and_capped_sections()
    {
        var report = Large();
        Assert.True(report.Result.Model.DeclaredComponents.Count() > 1_000);
        var markdown = MarkdownReportWriter.Write(new[] { report }, Reports.Paths);

        Assert.DoesNotContain("```mermaid", markdown);
        Assert.Contains("too many to draw", markdown);
        // The tier table counts every service (300) and every UPS (2).
        Assert.Contains("| Entry points | service | 300 |", markdown);
        Assert.Contains("| Power and racks | UPS | 2 |", markdown);

        // 200 of the 300 services are shown, and every weak one is among them.
        var services = markdown.Substring(markdown.IndexOf("### Services", StringComparison.Ordinal));
        services = services.Substring(0, services.IndexOf("### Findings", StringComparison.Ordinal));
        Assert.Equal(200, Regex.Matches(services, @"^\| \*\*s\d+-svc\*\* \|", RegexOptions.Multiline).Count);
        foreach (var weak in Weak)
        {
            Assert.Contains($"| **s{weak}-svc** |", services);
        }

        Assert.Contains("300 services: 7 below their availability target, 7 with a single point of failure.", markdown);
        // The rest does not fit a GitHub comment: the report says what it left out.
        Assert.True(markdown.Length < 65_536);
        Assert.Contains("This report is cut to stay under GitHub's limit of 65,536 characters.** Left out: Large: What the design leaves undeclared (in part).", markdown);
        Assert.Contains("The JSON and HTML reports hold everything.", markdown);
    }

    [Fact]
    public void The_html_report_of_a_large_design_draws_no_boxes()
    {
        var html = HtmlReportWriter.Write(new[] { Large() }, Reports.Paths);
        Assert.DoesNotContain("data-component=", html);
        Assert.Contains("too many to draw", html);
    }
}
