using System;
using System.Collections.Immutable;
using System.Linq;
using HaRules.Analyzers.Reading;
using HaRules.Checking;
using HaRules.Findings;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using HaRules.Rules;

namespace HaRules.Analyzers;

/// <summary>
/// Reports HaRules findings while a design is typed: each <c>IDesign.Describe</c> body is replayed on
/// the real design language (<see cref="DesignReader"/>), the model is checked by the engine
/// (<see cref="DesignChecker"/>) and every active finding becomes a diagnostic at its declaring call.
/// A design the reader cannot follow completely gets its validity (HA0xx) findings and HA901, which
/// says what stopped the reader and where.
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
        if (context.Symbol is not INamedTypeSymbol type
            || DesignReader.DescribeMethod(type, designInterface) is not { } describe
            || describe.Locations.FirstOrDefault(l => l.IsInSource) is not { } fallback)
        {
            return;
        }

        try
        {
            if (DesignReader.Read(context.Compilation, type, context.CancellationToken) is not { } reading)
            {
                return;
            }

            var result = DesignChecker.Check(reading.Model, options);
            var trees = new SourceTrees(context.Compilation);
            foreach (var finding in result.Active)
            {
                // A partial model can make any rule but validity wrong either way: those come from the build.
                if (!reading.IsComplete && RuleCatalog.Find(finding.RuleId)?.Category != RuleCategory.Validity)
                {
                    continue;
                }

                if (FindingDiagnostics.Create(finding, reading.Model, trees, fallback) is { } diagnostic)
                {
                    context.ReportDiagnostic(diagnostic);
                }
            }

            if (PartialReadingDiagnostic.Create(type, reading, fallback) is { } partial)
            {
                context.ReportDiagnostic(partial);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A reader or engine bug: say so on the design rather than fail the compiler.
            var failed = new DesignReading(new DesignBuilder(type.MetadataName).Build(), new[] { new ReadingGap($"the analyzer failed ({ex.GetType().Name}: {ex.Message})", null) });
            if (PartialReadingDiagnostic.Create(type, failed, fallback) is { } partial)
            {
                context.ReportDiagnostic(partial);
            }
        }
    }
}
