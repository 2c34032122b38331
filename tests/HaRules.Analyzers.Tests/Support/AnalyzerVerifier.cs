using System.Threading;
using System.Threading.Tasks;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace HaRules.Analyzers.Tests.Support;

/// <summary>Runs <see cref="HaRulesAnalyzer"/> on markup sources (<c>{|HA001:AddSwitch|}</c>) with no download at test time.</summary>
public static class AnalyzerVerifier
{
    public const string Usings = "using System;\nusing HaRules;\n\n";

    /// <summary>
    /// Most test designs are fragments that declare no service; HA106 (a design without a service)
    /// would be raised on each. These tests turn it off, as a project would in its .editorconfig;
    /// <see cref="VerifyWholeAsync"/> keeps it.
    /// </summary>
    public const string FragmentConfig = "dotnet_diagnostic.HA106.severity = none";

    public static Task VerifyAsync(string source, bool withHaRules = true, params DiagnosticResult[] expected) =>
        VerifyAsync(source, globalConfig: null, withHaRules, expected);

    /// <summary>As above, with a global analyzer config (<c>build_property.X = value</c> lines, as MSBuild passes them).</summary>
    public static Task VerifyAsync(string source, string? globalConfig, bool withHaRules = true, params DiagnosticResult[] expected) =>
        Run(source, globalConfig is null ? FragmentConfig : globalConfig + "\n" + FragmentConfig, withHaRules, expected);

    /// <summary>Runs the analyzer with every rule on, HA106 included.</summary>
    public static Task VerifyWholeAsync(string source, params DiagnosticResult[] expected) =>
        Run(source, globalConfig: null, withHaRules: true, expected);

    private static Task Run(string source, string? globalConfig, bool withHaRules, DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<HaRulesAnalyzer, DefaultVerifier>
        {
            TestCode = source,
            ReferenceAssemblies = new ReferenceAssemblies("net8.0"),
        };
        test.TestState.AdditionalReferences.AddRange(Net80.References.All);
        if (withHaRules)
        {
            test.TestState.AdditionalReferences.Add(Compilations.HaRulesReference);
        }

        if (globalConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + globalConfig + "\n"));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    /// <summary>A design class around the body of <c>Describe</c> that the reader reads only in part: HA901 marks the class name.</summary>
    public static string PartialDesign(string body) => Design(body).Replace("class TestDesign", "class {|HA901:TestDesign|}");

    /// <summary>A design class around the body of <c>Describe</c>.</summary>
    public static string Design(string body) =>
        Usings + "public sealed class TestDesign : IDesign\n{\n    public void Describe(DesignBuilder design)\n    {\n" + body + "\n    }\n}\n";
}
