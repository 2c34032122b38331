using System;
using System.Collections.Immutable;
using System.Linq;
using HaRules.Analyzers.Reading;
using HaRules.Checking;
using HaRules.Findings;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HaRules.Analyzers;

/// <summary>
/// Reports HaRules findings while a design is typed: each <c>IDesign.Describe</c> body is replayed on
/// the real design language (<see cref="DesignReader"/>), the model is checked by the engine
/// (<see cref="DesignChecker"/>) and every active finding becomes a diagnostic at its declaring call.
/// A design the reader cannot follow completely gets only its validity (HA0xx) findings.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HaRulesAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => RuleDescriptors.All;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var designInterface = start.Compilation.GetTypeByMetadataName("HaRules.IDesign");
            if (designInterface is null)
            {
                return;
            }

            var options = new CheckOptions { Today = CheckDate.From(start.Options.AnalyzerConfigOptionsProvider.GlobalOptions) };
            start.RegisterSymbolAction(symbol => Analyze(symbol, designInterface, options), SymbolKind.NamedType);
        });
    }

    private static void Analyze(SymbolAnalysisContext context, INamedTypeSymbol designInterface, CheckOptions options)
    {
        try
        {
            if (context.Symbol is not INamedTypeSymbol type
                || DesignReader.DescribeMethod(type, designInterface) is not { } describe
                || describe.Locations.FirstOrDefault(l => l.IsInSource) is not { } fallback
                || DesignReader.Read(context.Compilation, type, context.CancellationToken) is not { } reading)
            {
                return;
            }

            var result = DesignChecker.Check(reading.Model, options);
            var trees = new SourceTrees(context.Compilation);
            foreach (var finding in result.Active)
            {
                if (!reading.IsComplete && RuleCatalog.Find(finding.RuleId)?.Category != RuleCategory.Validity)
                {
                    continue;
                }

                if (FindingDiagnostics.Create(finding, reading.Model, trees, fallback) is { } diagnostic)
                {
                    context.ReportDiagnostic(diagnostic);
                }
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A design the analyzer cannot read gets no diagnostic: the build task still checks it.
        }
    }
}
