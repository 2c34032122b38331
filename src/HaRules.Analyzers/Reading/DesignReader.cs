using System;
using System.Linq;
using System.Threading;
using HaRules.Evaluation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace HaRules.Analyzers.Reading;

/// <summary>
/// Reads a design from source by replaying its <c>Describe</c> body on the real design language:
/// every DSL call it can follow is invoked on a real <see cref="DesignBuilder"/> with the values and
/// caller information C# would pass, so <see cref="DesignBuilder.Build"/> gives the very model the
/// design builds at run time.
/// </summary>
public static class DesignReader
{
    /// <summary>The design's <c>Describe</c> implementation, or null when the type is not a design the reader can read.</summary>
    public static IMethodSymbol? DescribeMethod(INamedTypeSymbol design, INamedTypeSymbol designInterface)
    {
        if (design.TypeKind != TypeKind.Class || design.IsAbstract || !design.AllInterfaces.Contains(designInterface, SymbolEqualityComparer.Default))
        {
            return null;
        }

        var describe = designInterface.GetMembers("Describe").OfType<IMethodSymbol>().FirstOrDefault();
        return describe is null ? null : design.FindImplementationForInterfaceMember(describe) as IMethodSymbol;
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
        try
        {
            var body = context.ModelFor(syntax.SyntaxTree)?.GetOperation(syntax, cancellationToken) as IMethodBodyOperation;
            if (body is null)
            {
                context.Gap(null, "the body of Describe cannot be read");
            }
            else
            {
                var scope = new Scope();
                scope.Declare(method.Parameters[0], builder);
                new ReplayInterpreter(context).RunBody(body, scope);
            }
        }
        catch (ReplayContext.BudgetExceededException ex)
        {
            context.Gap(null, ex.Message);
        }

        var trees = new SourceTrees(compilation);
        var model = new SourceColumns(trees.Line).Resolve(builder.Build());
        return new DesignReading(model, context.Gaps.ToArray());
    }

    /// <summary>Reads the design type with this metadata name (e.g. <c>Samples.WebShop.WebShopDesign</c>).</summary>
    public static DesignReading? Read(Compilation compilation, string designMetadataName, CancellationToken cancellationToken = default) =>
        compilation.GetTypeByMetadataName(designMetadataName) is { } type
            ? Read(compilation, type, cancellationToken)
            : throw new ArgumentException($"no type '{designMetadataName}' in the compilation", nameof(designMetadataName));
}
