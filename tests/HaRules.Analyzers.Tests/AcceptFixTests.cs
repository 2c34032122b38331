using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using HaRules.Analyzers.Tests.Support;
using HaRules.CodeFixes;
using HaRules.Findings;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;
using static HaRules.Analyzers.Tests.Support.AnalyzerVerifier;
using static HaRules.Analyzers.Tests.Support.CodeFixVerifier;
using HaRules.Rules;

namespace HaRules.Analyzers.Tests;

/// <summary>"Accept with a reason": offered for every finding an acceptance covers, it silences the finding.</summary>
public sealed class AcceptFixTests
{
    [Fact]
    public Task Accept_appends_to_a_one_line_chain() => VerifyFixAsync(Design("""
                var feed = design.AddPowerFeed("feed");
                var sw = design.{|HA201:AddSwitch|}("sw").WithPowerSupplies(feed);
        """), Design("""
                var feed = design.AddPowerFeed("feed");
                var sw = design.AddSwitch("sw").WithPowerSupplies(feed).Accept("HA201", "why this is acceptable here");
        """), "HaRules.Accept.HA201");

    [Fact]
    public Task Accept_goes_on_a_line_of_its_own_in_a_chain_of_lines() => VerifyFixAsync(Design("""
                var feed = design.AddPowerFeed("feed");
                var sw = design
                    .{|HA201:AddSwitch|}("sw")
                    .WithPowerSupplies(feed);
        """), Design("""
                var feed = design.AddPowerFeed("feed");
                var sw = design
                    .AddSwitch("sw")
                    .WithPowerSupplies(feed)
                    .Accept("HA201", "why this is acceptable here");
        """), "HaRules.Accept.HA201");

    [Fact]
    public Task Accept_on_a_pool_goes_on_its_ConnectsTo_chain() => VerifyFixAsync(Design("""
                var db = design.AddDatabaseCluster("db", ClusterMode.ActiveStandby).Accept("HA303", "backed up by the DBA team").Accept("HA607", "heartbeat not modelled");
                var ap = design.AddServer("ap", replicas: 2);
                ap.{|#0:ConnectsTo|}(db, pool => pool.Min(5).Max(20));
        """), Design("""
                var db = design.AddDatabaseCluster("db", ClusterMode.ActiveStandby).Accept("HA303", "backed up by the DBA team").Accept("HA607", "heartbeat not modelled");
                var ap = design.AddServer("ap", replicas: 2);
                ap.ConnectsTo(db, pool => pool.Min(5).Max(20)).Accept("HA503", "why this is acceptable here");
        """), "HaRules.Accept.HA503",
        new Microsoft.CodeAnalysis.Testing.DiagnosticResult("HA503", DiagnosticSeverity.Warning).WithLocation(0).WithOptions(Microsoft.CodeAnalysis.Testing.DiagnosticOptions.IgnoreAdditionalLocations));

    [Fact]
    public Task Fix_all_accepts_two_findings_of_one_rule() => VerifyFixAsync(Design("""
                var feed = design.AddPowerFeed("feed");
                design.{|HA201:AddSwitch|}("sw-a").WithPowerSupplies(feed);
                design.{|HA201:AddSwitch|}("sw-b").WithPowerSupplies(feed);
        """), Design("""
                var feed = design.AddPowerFeed("feed");
                design.AddSwitch("sw-a").WithPowerSupplies(feed).Accept("HA201", "why this is acceptable here");
                design.AddSwitch("sw-b").WithPowerSupplies(feed).Accept("HA201", "why this is acceptable here");
        """), "HaRules.Accept.HA201");

    [Fact]
    public Task Accept_is_not_offered_for_an_expired_acceptance() => VerifyNoFixAsync(Design("""
                design.AddComponent("licence")
                    .{|HA008:Accept|}("HA201", "never mind", expires: "2020-01-01");
        """), "HaRules.Accept.HA008");

    [Fact]
    public void Every_rule_but_the_acceptance_rules_and_HA006_offers_accept()
    {
        var offered = RuleCatalog.All.Where(r => FixKeys.For(r.Id).Contains(FixKeys.Accept(r.Id))).Select(r => r.Id);
        Assert.Equal(RuleCatalog.All.Select(r => r.Id).Except(new[] { "HA006", "HA007", "HA008", "HA901", "HA902", "HA903" }), offered);
    }

    [Fact]
    public async Task The_placeholder_reason_is_marked_for_the_ide_to_select()
    {
        var source = Design("""
                var feed = design.AddPowerFeed("feed");
                design.AddSwitch("sw").WithPowerSupplies(feed);
        """);
        using var workspace = new AdhocWorkspace();
        var project = workspace.AddProject("Designs", LanguageNames.CSharp)
            .WithMetadataReferences(Basic.Reference.Assemblies.Net80.References.All.Append(Compilations.HaRulesReference))
            .WithCompilationOptions(new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var document = project.AddDocument("Design.cs", SourceText.From(source), filePath: "/designs/Design.cs");
        var compilation = (await document.Project.GetCompilationAsync())!;
        // The fragment declares no service, so HA106 is raised too; the fix under test is HA201's.
        var diagnostic = Assert.Single(
            await compilation
                .WithAnalyzers(System.Collections.Immutable.ImmutableArray.Create<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer>(new HaRulesAnalyzer()))
                .GetAnalyzerDiagnosticsAsync(),
            d => d.Id == "HA201");

        var actions = new System.Collections.Generic.List<CodeAction>();
        var context = new Microsoft.CodeAnalysis.CodeFixes.CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
        await new HaRulesCodeFixProvider().RegisterCodeFixesAsync(context);
        var accept = Assert.Single(actions, a => a.EquivalenceKey == "HaRules.Accept.HA201");
        Assert.Equal("Accept HA201 here with a reason", accept.Title);

        var operation = (await accept.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>().Single();
        var changed = operation.ChangedSolution.GetDocument(document.Id)!;
        var root = (await changed.GetSyntaxRootAsync())!;
        var marked = Assert.Single(root.GetAnnotatedTokens(RenameAnnotation.Kind));
        Assert.Equal("\"why this is acceptable here\"", marked.Text);
    }
}
