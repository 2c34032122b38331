using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using HaRules.Analyzers.Reading;
using HaRules.Analyzers.Tests.Support;
using HaRules.Checking;
using HaRules.CodeFixes;
using HaRules.Findings;
using HaRules.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;
using Xunit.Abstractions;

namespace HaRules.Analyzers.Tests;

/// <summary>
/// Every fix the findings of FragileShop offer, applied to its source as the IDE would apply it: the
/// finding goes away and no finding of another rule appears that was not there before. The findings
/// are taken from the sample, not picked by hand; a rule whose fix kind is <see cref="RuleFix.None"/>
/// (its advice needs a person: another site, a second UPS and its cabling…) is named as such, and
/// must then offer no mechanical fix.
/// </summary>
public sealed class FragileShopFixTests
{
    private const string DesignType = "Samples.FragileShop.FragileShopDesign";
    private static readonly CheckOptions Options = new() { Today = new DateTime(2026, 11, 25) };

    private readonly ITestOutputHelper _output;

    public FragileShopFixTests(ITestOutputHelper output) => _output = output;

    private static string SamplePath => Path.Combine(Compilations.RepositoryRoot, "samples", "FragileShop", "FragileShopDesign.cs");

    [Fact]
    public async Task Every_fix_FragileShops_findings_offer_clears_its_finding_and_raises_no_other()
    {
        using var workspace = new AdhocWorkspace();
        var document = Document(workspace, File.ReadAllText(SamplePath));
        var before = await Findings(document);
        var beforeKeys = new HashSet<string>(before.Select(f => f.Key), StringComparer.Ordinal);
        var diagnostics = await Diagnostics(document);

        var fixedRules = new SortedSet<string>(StringComparer.Ordinal);
        var byHand = new SortedSet<string>(StringComparer.Ordinal);
        var failures = new List<string>();
        foreach (var finding in before.GroupBy(f => f.Key, StringComparer.Ordinal).Select(g => g.First()))
        {
            var rule = RuleCatalog.Get(finding.RuleId);
            var diagnostic = diagnostics.FirstOrDefault(d => d.Id == finding.RuleId && d.GetMessage() == finding.Message);
            Assert.True(diagnostic is not null, $"the analyzer does not report {finding}");
            var action = await MechanicalFix(document, diagnostic!);
            if (rule.Fix == RuleFix.None)
            {
                // Said explicitly, never skipped silently: the rule declares no mechanical fix, and offers none.
                Assert.True(action is null, $"{finding.RuleId} declares RuleFix.None but offers '{action?.Title}'");
                byHand.Add(finding.RuleId);
                continue;
            }

            Assert.Equal(RuleFix.Mechanical, rule.Fix);
            Assert.True(action is not null, $"{finding.RuleId} declares a mechanical fix but offers none for {finding}");
            var fixedDocument = await Apply(document, action!);
            var after = await Findings(fixedDocument);

            if (after.Any(f => f.Key == finding.Key))
            {
                failures.Add($"{finding.Key}: still raised after '{action!.Title}'");
            }

            // FixWorks' contract: no rule the design did not raise before.
            foreach (var newRule in after.Select(f => f.RuleId).Except(before.Select(f => f.RuleId)).Distinct())
            {
                failures.Add($"{finding.Key}: '{action!.Title}' raised {newRule}, which the design did not raise before");
            }

            // And finding by finding: each finding of another rule is one the design had before, or a
            // flaw it had before seen from the redundancy the fix created (Explained says which).
            foreach (var raised in after.Where(f => f.RuleId != finding.RuleId && !beforeKeys.Contains(f.Key)))
            {
                if (Explained(raised, finding, before) is { } why)
                {
                    _output.WriteLine($"{finding.Key} fixed: {raised.Key} ({why})");
                }
                else
                {
                    failures.Add($"{finding.Key}: '{action!.Title}' raised {raised.RuleId} [{string.Join(", ", raised.Components)}]: {raised.Message}");
                }
            }

            fixedRules.Add(finding.RuleId);
        }

        _output.WriteLine($"fixed mechanically and re-checked: {string.Join(", ", fixedRules)}");
        _output.WriteLine($"RuleFix.None (advice applied by hand): {string.Join(", ", byHand)}");
        foreach (var failure in failures)
        {
            _output.WriteLine(failure);
        }

        Assert.Empty(failures);

        // The sample exercises every mechanical fix of the catalog, so none goes untested here.
        Assert.Equal(RuleCatalog.All.Where(r => r.Fix == RuleFix.Mechanical).Select(r => r.Id).OrderBy(id => id, StringComparer.Ordinal), fixedRules);
        Assert.NotEmpty(byHand);
    }

    [Fact]
    public async Task The_HA503_fix_on_FragileShop_writes_the_size_within_the_databases_limit_and_the_keep_alive()
    {
        // By hand: ap has 2 replicas, one pool each, to db (MaxConnections 60): 60 / 2 = 30 per pool.
        // fw drops idle sessions after 15 minutes: half of it is a keep-alive of 7 minutes (rounded down).
        using var workspace = new AdhocWorkspace();
        var document = Document(workspace, File.ReadAllText(SamplePath));
        var diagnostic = (await Diagnostics(document)).First(d => d.Id == "HA503");
        var fixedDocument = await Apply(document, (await MechanicalFix(document, diagnostic))!);
        var text = (await fixedDocument.GetTextAsync()).ToString();

        Assert.Contains(".Min(30)", text);
        Assert.Contains(".Max(30)", text);
        Assert.Contains(".KeepAlive(TimeSpan.FromMinutes(7))", text);
        var after = await Findings(fixedDocument);
        Assert.DoesNotContain(after, f => f.RuleId is "HA503" or "HA504" or "HA505");
    }

    /// <summary>
    /// Why a finding the fix made appear is a flaw the design already had, or null when it is new.
    /// Findings are identified by rule and components, and a fix that makes a component redundant
    /// changes the components some findings name without adding a flaw:
    /// <list type="bullet">
    /// <item>the standby the fix adds (<c>x/standby</c>) is declared with the unit's own power and links,
    /// so a finding on it is the finding already raised on the unit (HA201 on <c>lb/standby</c> is HA201
    /// on <c>lb</c>: one <c>WithPowerSupplies</c> fixes both);</item>
    /// <item>a finding that named the fixed component as its one example cause now names the next one
    /// (HA102 "fw stops every one of the replicas of ap (so does …)" becomes "sw-a stops…", HA103
    /// "this single failure stops it: ap-lb (27 such sets)" becomes another of the 25 left);</item>
    /// <item>a part flaw folded into the unit's HA101 (its one PSU) is raised on its own (HA201) once the
/// unit is redundant, on the unit and on the standby's copy;</item>
/// <item>the redundancy the fix creates is defeated by a cause the design already reported as a
    /// single point of failure (HA101 names it first): the pair on one switch, the multipath HBAs on
    /// one UPS.</item>
    /// </list>
    /// </summary>
    private static string? Explained(Finding raised, Finding fixedFinding, IReadOnlyList<Finding> before)
    {
        var subject = fixedFinding.Components[0];
        bool Of(string name, string owner) => name == owner || name.StartsWith(owner + "/", StringComparison.Ordinal);
        var unit = raised.Components.Select(c => c.Replace(subject + "/standby", subject)).ToList();
        if (before.Any(b => b.RuleId == raised.RuleId && b.Components.SequenceEqual(unit, StringComparer.Ordinal)))
        {
            return $"the finding already raised on {subject}, copied to the standby the fix added";
        }

        // A part flaw folded into HA101 on the unit (its one PSU, named there instead of in HA201) is
        // raised again on its own once the fix makes the unit redundant, and on the standby's copy.
        if (before.Any(b => b.RuleId == "HA101" && b.Components.Count > 0 && b.Components[0] == unit[0] && unit.Skip(1).All(b.Components.Contains)))
        {
            return $"the part flaw HA101 on {subject} already named, raised on its own now that {subject} is redundant";
        }

        var shifted = before.FirstOrDefault(b => b.RuleId == raised.RuleId
            && b.Components.Count == raised.Components.Count
            && b.Components.Zip(raised.Components, (x, y) => x == y).Count(same => !same) == 1
            && b.Components.Zip(raised.Components, (x, y) => (x, y)).Any(p => p.x != p.y && Of(p.x, subject)));
        if (shifted is not null)
        {
            return $"{shifted.Key} named {subject} as its example cause; the fix made it redundant, so it names the next";
        }

        if (before.Any(b => b.RuleId == "HA101" && b.Components.Count > 0 && b.Components[0] == raised.Components[0])
            && raised.Components.Skip(1).Any(c => Of(c, subject)))
        {
            return $"{raised.Components[0]} is already a single point of failure (HA101); it also defeats the redundancy the fix gave {subject}";
        }

        return null;
    }

    private static Document Document(AdhocWorkspace workspace, string source)
    {
        var references = Compilations.FromFilesForThisRuntime(SamplePath).References;
        var project = workspace.AddProject("FragileShop", LanguageNames.CSharp)
            .WithMetadataReferences(references)
            .WithCompilationOptions(new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        return project.AddDocument("FragileShopDesign.cs", SourceText.From(source), filePath: SamplePath);
    }

    /// <summary>The active findings of the design read from the document, as the analyzer checks it.</summary>
    private static async Task<IReadOnlyList<Finding>> Findings(Document document)
    {
        var compilation = (await document.Project.GetCompilationAsync())!;
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var reading = DesignReader.Read(compilation, DesignType);
        Assert.NotNull(reading);
        Assert.Empty(reading!.Gaps);
        return DesignChecker.Check(reading.Model, Options).Active.ToList();
    }

    private static async Task<ImmutableArray<Diagnostic>> Diagnostics(Document document)
    {
        var compilation = (await document.Project.GetCompilationAsync())!;
        var config = new DictionaryAnalyzerConfigOptionsProvider("2026-11-25");
        return await compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new HaRulesAnalyzer()), new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, config))
            .GetAnalyzerDiagnosticsAsync();
    }

    /// <summary>The mechanical fix the provider offers for the diagnostic (key <c>HaRules.Fix.HAxxx</c>), or null.</summary>
    private static async Task<CodeAction?> MechanicalFix(Document document, Diagnostic diagnostic)
    {
        var actions = new List<CodeAction>();
        var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
        await new HaRulesCodeFixProvider().RegisterCodeFixesAsync(context);
        return actions.SingleOrDefault(a => a.EquivalenceKey == "HaRules.Fix." + diagnostic.Id);
    }

    private static async Task<Document> Apply(Document document, CodeAction action)
    {
        var operation = (await action.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>().Single();
        return operation.ChangedSolution.GetDocument(document.Id)!;
    }

    /// <summary>Global options carrying <c>build_property.HaRulesToday</c>, so the analyzer checks on a fixed date.</summary>
    private sealed class DictionaryAnalyzerConfigOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly Options _global;

        public DictionaryAnalyzerConfigOptionsProvider(string today) => _global = new Options(new Dictionary<string, string> { ["build_property.HaRulesToday"] = today });

        public override AnalyzerConfigOptions GlobalOptions => _global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

        private sealed class Options : AnalyzerConfigOptions
        {
            public static readonly Options Empty = new(new Dictionary<string, string>());

            private readonly Dictionary<string, string> _values;

            public Options(Dictionary<string, string> values) => _values = values;

            public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
        }
    }
}
