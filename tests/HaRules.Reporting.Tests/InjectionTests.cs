using System;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using HaRules.Reporting.Html;
using HaRules.Reporting.Json;
using HaRules.Reporting.Markdown;
using HaRules.Reporting.Sarif;
using HaRules.Reporting.Text;
using Xunit;

namespace HaRules.Reporting.Tests;

public sealed class InjectionTests
{
    private static readonly DesignReport Report = HostileDesign.Report();

    [Fact]
    public void The_hostile_design_has_a_finding_on_every_hostile_name()
    {
        foreach (var name in HostileDesign.Names.Select(HostileDesign.Declared))
        {
            Assert.Contains(Report.Result.Findings, f => f.RuleId == "HA201" && f.Components[0] == name);
        }

        Assert.Contains(Report.Result.Findings, f => f.Accepted && f.Justification == HostileDesign.Reason);
    }

    [Fact]
    public void Markdown_carries_no_raw_html_and_no_line_breaks_from_names()
    {
        var markdown = MarkdownReportWriter.Write(new[] { Report }, Reports.Paths);
        Assert.DoesNotContain("<script", markdown);
        Assert.DoesNotContain("<b>", markdown);
        Assert.DoesNotContain("\r", markdown);
        Assert.DoesNotContain("\n# heading", markdown);
        Assert.DoesNotContain("\nobj", markdown);
        foreach (var name in HostileDesign.Names.Select(HostileDesign.Declared))
        {
            Assert.Contains("#### " + MarkdownText.Escape(name) + "\n", markdown);
        }
    }

    [Fact]
    public void Markdown_tables_keep_their_columns()
    {
        var markdown = MarkdownReportWriter.Write(new[] { Report }, Reports.Paths);
        var lines = markdown.Split('\n');
        var header = Array.FindIndex(lines, l => l.StartsWith("| rule | component | reason", StringComparison.Ordinal));
        Assert.True(header >= 0, markdown);
        var row = lines[header + 2];
        Assert.Equal(Cells(lines[header]), Cells(row));
        Assert.Contains(MarkdownText.Escape(HostileDesign.Reason), row);
    }

    [Fact]
    public void Mermaid_lines_are_only_generated_nodes_edges_and_classes()
    {
        var markdown = MarkdownReportWriter.Write(new[] { Report }, Reports.Paths);
        var start = markdown.IndexOf("```mermaid\n", StringComparison.Ordinal);
        Assert.True(start >= 0);
        var body = markdown.Substring(start + 11, markdown.IndexOf("\n```", start + 11, StringComparison.Ordinal) - start - 11);
        var allowed = new Regex("^(flowchart TD|  n[0-9]+\\[\"[A-Za-z0-9 ._/,:#;-]*<br/>[A-Za-z]+\"\\]|  n[0-9]+ -->\\|[A-Za-z]+\\| n[0-9]+|  classDef spof [a-z:#0-9,-]+|  class [n0-9,]+ spof)$");
        foreach (var line in body.Split('\n'))
        {
            Assert.Matches(allowed, line);
        }

        Assert.Contains(MermaidText.Label("x\"]-->y[\"z"), body);
    }

    [Fact]
    public void Mermaid_labels_use_entity_codes_for_syntax()
    {
        Assert.Equal("x#34;#93;--#62;y", MermaidText.Label("x\"]-->y"));
        Assert.Equal("#96;a#96; #37;#37;", MermaidText.Label("`a` %%"));
        Assert.Equal("#128512;", MermaidText.Label("\U0001F600"));
    }

    [Fact]
    public void Sarif_and_json_keep_names_exactly_and_stay_valid()
    {
        var sarif = SarifReportWriter.Write(new[] { Report }, Reports.Paths);
        var json = JsonReportWriter.Write(new[] { Report }, Reports.Paths);
        Assert.Empty(Sarif.SarifSchema.Errors(sarif));
        using var sarifDocument = JsonDocument.Parse(sarif);
        using var jsonDocument = JsonDocument.Parse(json);
        // The design declares no service, so HA106 is among the findings, naming no component.
        var sarifNames = sarifDocument.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("properties").GetProperty("components"))
            .Where(c => c.GetArrayLength() > 0)
            .Select(c => c[0].GetString()).ToList();
        var jsonNames = jsonDocument.RootElement.GetProperty("designs")[0].GetProperty("findings").EnumerateArray()
            .Select(f => f.GetProperty("components"))
            .Where(c => c.GetArrayLength() > 0)
            .Select(c => c[0].GetString()).ToList();
        foreach (var name in HostileDesign.Names.Select(HostileDesign.Declared))
        {
            Assert.Contains(name, sarifNames);
            Assert.Contains(name, jsonNames);
        }

        Assert.Equal("Hostile <design> | *x*", jsonDocument.RootElement.GetProperty("designs")[0].GetProperty("name").GetString());
    }

    [Fact]
    public void Text_prints_one_line_per_finding_so_a_name_cannot_forge_another()
    {
        var text = TextReportWriter.Write(Report, Reports.Paths, "D.dll");
        var lines = text.TrimEnd('\n').Split('\n');

        Assert.Equal(Report.Result.Active.Count() + 1, lines.Length);
        Assert.DoesNotContain(lines, l => l.StartsWith("obj", StringComparison.Ordinal));
        Assert.DoesNotContain("\r", text);
    }

    [Fact]
    public void Html_carries_no_markup_from_names_and_only_its_own_tags()
    {
        var html = HtmlReportWriter.Write(new[] { Report }, Reports.Paths);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<b>", html);
        Assert.DoesNotContain("<design>", html);
        Assert.Contains(HtmlText.Escape(HostileDesign.Declared("<script>alert(1)</script>")), html);
        var tags = Regex.Matches(html, "</?([A-Za-z][A-Za-z0-9]*)").Select(m => m.Groups[1].Value).Distinct().ToList();
        var allowed = new[] { "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "h4", "h5", "p", "nav", "main", "section", "div", "table", "thead", "tbody", "tr", "th", "td", "ul", "li", "a", "strong", "span", "svg", "defs", "marker", "path", "g", "rect", "text" };
        Assert.All(tags, t => Assert.Contains(t, allowed));
    }

    [Fact]
    public void Html_svg_is_well_formed_and_keeps_every_name_in_its_attribute()
    {
        var html = HtmlReportWriter.Write(new[] { Report }, Reports.Paths);
        var svg = Html.HtmlReportWriterTests.Svg(html);
        var names = svg.Descendants().Select(e => e.Attribute("data-component")?.Value).Where(v => v is not null).ToList();
        foreach (var name in HostileDesign.Names.Select(HostileDesign.Declared))
        {
            Assert.Contains(name, names);
        }

        Assert.All(svg.Descendants().Where(e => e.Attribute("data-component") is not null), e => Assert.Equal(new[] { "class", "data-component" }, e.Attributes().Select(a => a.Name.LocalName).Where(n => n != "data-spof")));
    }

    [Fact]
    public void Html_escape_covers_markup_quotes_and_controls()
    {
        Assert.Equal("&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;", HtmlText.Escape("<a href=\"x\" onclick='y'>&"));
        Assert.Equal("a&#10;b&#13;c d\uFFFD", HtmlText.Escape("a\nb\rc\u0001d\uD800"));
        Assert.Equal("\U0001F600", HtmlText.Escape("\U0001F600"));
        XElement.Parse("<t a=\"" + HtmlText.Escape("\"'<>&\n\u0000") + "\">" + HtmlText.Escape("]]>\u0008") + "</t>");
    }

    private static int Cells(string row) => Regex.Matches(row, "(?<!\\\\)\\|").Count;
}
