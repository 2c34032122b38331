using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Basic.Reference.Assemblies;
using HaRules.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace HaRules.Analyzers.Tests.Support;

/// <summary>
/// Runs <see cref="HaRulesCodeFixProvider"/> on markup sources: the fix with the given equivalence key
/// is applied one diagnostic at a time, and Fix All (document, project, solution) must give the same code.
/// </summary>
public static class CodeFixVerifier
{
    public static Task VerifyFixAsync(string source, string fixedSource, string equivalenceKey, params DiagnosticResult[] expected) =>
        Run(source, fixedSource, equivalenceKey, AnalyzerVerifier.FragmentConfig, expected);

    /// <summary>
    /// As <see cref="VerifyFixAsync"/>, with every rule but <paramref name="ruleId"/> turned off (as a
    /// project would in its .editorconfig): for designs that need a whole service to raise the rule.
    /// </summary>
    public static Task VerifyOnlyFixAsync(string ruleId, string source, string fixedSource) =>
        Run(source, fixedSource, "HaRules.Fix." + ruleId, string.Join("\n", HaRules.Rules.RuleCatalog.All.Where(r => r.Id != ruleId).Select(r => $"dotnet_diagnostic.{r.Id}.severity = none")), System.Array.Empty<DiagnosticResult>());

    private static Task Run(string source, string fixedSource, string equivalenceKey, string config, DiagnosticResult[] expected)
    {
        var test = new CSharpCodeFixTest<HaRulesAnalyzer, HaRulesCodeFixProvider, DefaultVerifier>
        {
            TestCode = source,
            FixedCode = fixedSource,
            CodeActionEquivalenceKey = equivalenceKey,
            ReferenceAssemblies = new ReferenceAssemblies("net8.0"),
        };
        // Diagnostics left after the fix are marked in the fixed code like those of the test code.
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        test.TestState.AdditionalReferences.AddRange(Net80.References.All);
        test.TestState.AdditionalReferences.Add(Compilations.HaRulesReference);
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + config + "\n"));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    /// <summary>No fix with this key is offered for the diagnostics in the source.</summary>
    public static Task VerifyNoFixAsync(string source, string equivalenceKey) => VerifyFixAsync(source, source, equivalenceKey);
}
