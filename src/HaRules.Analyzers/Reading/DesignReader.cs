using System;
using System.Linq;
using System.Threading;
using HaRules.Analyzers.Reading.Values;
using HaRules.Running;
using HaRules.Findings;
using HaRules.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using HaRules.Rules;

namespace HaRules.Analyzers.Reading;

/// <summary>
/// Reads a design from source by replaying its <c>Describe</c> body on the real design language:
/// every DSL call it can follow is invoked on a real <see cref="DesignBuilder"/> with the values and
/// caller information C# would pass, so <see cref="DesignBuilder.Build"/> gives the very model the
/// design builds at run time. The design instance is created as the build creates it (static
/// initialisation, field initializers, parameterless constructor) and <c>Describe</c> is the most
/// derived override of the design's own type.
/// </summary>
public static class DesignReader
{
    /// <summary>The design's <c>Describe</c> (the override its own type runs), or null when the type is not a design the reader can read.</summary>
    public static IMethodSymbol? DescribeMethod(INamedTypeSymbol design, INamedTypeSymbol designInterface)
    {
        if (design.TypeKind != TypeKind.Class || design.IsAbstract || !design.AllInterfaces.Contains(designInterface, SymbolEqualityComparer.Default))
        {
            return null;
        }

        var describe = designInterface.GetMembers("Describe").OfType<IMethodSymbol>().FirstOrDefault();
        return describe is null || design.FindImplementationForInterfaceMember(describe) is not IMethodSymbol implementation
            ? null
            : ReplayInterpreter.MostDerived(implementation, design);
    }

    /// <summary>Reads one design type of a compilation; null when it is not a design with a readable <c>Describe</c>.</summary>
    /// <param name="compilation">The compilation the design is part of; it must reference HaRules.</param>
    /// <param name="design">A class implementing <c>HaRules.IDesign</c>.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    public static DesignReading? Read(Compilation compilation, INamedTypeSymbol design, CancellationToken cancellationToken = default)
    {
        var designInterface = compilation.GetTypeByMetadataName("HaRules.IDesign");
        var method = designInterface is null ? null : DescribeMethod(design, designInterface);
        var syntax = method?.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken);
        if (method is null || syntax is null)
        {
            return null;
        }

        var context = new ReplayContext(compilation, cancellationToken);
        var builder = new DesignBuilder(design.MetadataName);
        DesignProblem? threw = null;
        try
        {
            Replay(context, design, method, syntax, builder);
        }
        catch (ReadingStoppedException ex)
        {
            context.Gap(ex.Where, ex.Message);
        }
        catch (DesignThrowsException ex)
        {
            threw = Threw(design.MetadataName, ex);
        }

        var trees = new SourceTrees(compilation);
        DesignModel model;
        try
        {
            model = Build(builder, context, design, syntax.GetLocation());
        }
        catch (Exception ex) when (ex is ReadingStoppedException or DesignThrowsException)
        {
            // Building may run a lambda the design gave the language; what stops it stops the model.
            context.Gap(syntax.GetLocation(), "building the model ran design code the reader could not finish: " + ex.Message);
            model = new DesignBuilder(design.MetadataName).Build();
        }

        if (threw is not null)
        {
            model = new DesignModel(model.Name, model.Components, model.Groups, model.Relations, model.Acceptances, model.Problems.Concat(new[] { threw }));
        }

        return new DesignReading(new SourceColumns(trees.Line).Resolve(model), context.Gaps.ToArray());
    }

    /// <summary>Reads the design type with this metadata name (e.g. <c>Samples.WebShop.WebShopDesign</c>).</summary>
    public static DesignReading? Read(Compilation compilation, string designMetadataName, CancellationToken cancellationToken = default) =>
        compilation.GetTypeByMetadataName(designMetadataName) is { } type
            ? Read(compilation, type, cancellationToken)
            : throw new ArgumentException($"no type '{designMetadataName}' in the compilation", nameof(designMetadataName));

    private static void Replay(ReplayContext context, INamedTypeSymbol design, IMethodSymbol method, SyntaxNode syntax, DesignBuilder builder)
    {
        if (method.IsAsync)
        {
            context.Gap(syntax.GetLocation(), "Describe is async: the reader cannot order what runs after an await");
            return;
        }

        var interpreter = new ReplayInterpreter(context);
        var self = interpreter.CreateDesign(design, syntax.GetLocation());
        if (context.OperationOf(syntax, null) is not IMethodBodyOperation body)
        {
            context.Gap(syntax.GetLocation(), "the body of Describe cannot be read");
            return;
        }

        var scope = new Scope(null, self);
        scope.Declare(method.Parameters[0], builder);
        interpreter.RunBody(body, scope);
    }

    // A design too large to check while typing is not expanded: only the build checks it.
    private static DesignModel Build(DesignBuilder builder, ReplayContext context, INamedTypeSymbol design, Location where)
    {
        var size = builder.ComponentsUpperBound();
        if (size <= ReplayContext.MaxComponents)
        {
            return builder.Build();
        }

        context.Gap(where, $"the design expands to up to {size:N0} components, more than the {ReplayContext.MaxComponents:N0} checked while typing");
        return new DesignBuilder(design.MetadataName).Build();
    }

    private static DesignProblem Threw(string designName, DesignThrowsException ex)
    {
        var span = ex.Where.GetLineSpan();
        var message = ex.Message is { Length: > 0 }
            ? $"design {designName} could not be evaluated: its code threw {ex.ExceptionType}: {ex.Message}"
            : $"design {designName} could not be evaluated: its code throws {ex.ExceptionType} here";
        var location = new SourceLocation(span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1);
        return new DesignProblem(DesignProblemKind.NotEvaluated, message, new[] { designName }, location);
    }
}
