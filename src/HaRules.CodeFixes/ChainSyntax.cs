using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace HaRules.CodeFixes;

/// <summary>
/// The fluent chain a diagnostic points into: the declaring call whose method name the diagnostic
/// marks (<c>design.AddServer("db-1")</c>), the end of the chain that keeps returning the same builder,
/// and every call made on that builder (in the chain, or later on the local it is assigned to).
/// </summary>
internal sealed class ChainSyntax
{
    private ChainSyntax(InvocationExpressionSyntax declaring, ExpressionSyntax end, INamedTypeSymbol builder, IReadOnlyList<InvocationExpressionSyntax> calls)
    {
        Declaring = declaring;
        End = end;
        Builder = builder;
        Calls = calls;
    }

    /// <summary>The call the diagnostic marks.</summary>
    public InvocationExpressionSyntax Declaring { get; }

    /// <summary>The outermost call of the chain that still returns <see cref="Builder"/>.</summary>
    public ExpressionSyntax End { get; }

    /// <summary>The builder type the chain returns.</summary>
    public INamedTypeSymbol Builder { get; }

    /// <summary>The declaring call, the calls chained on it, and calls on the local it is assigned to, in source order.</summary>
    public IReadOnlyList<InvocationExpressionSyntax> Calls { get; }

    /// <summary>The chain whose declaring call's method name starts at <paramref name="position"/>, or null.</summary>
    public static ChainSyntax? Find(SyntaxNode root, SemanticModel model, int position)
    {
        var token = root.FindToken(position);
        if (token.SpanStart != position || !token.IsKind(SyntaxKind.IdentifierToken) || token.Parent is not SimpleNameSyntax name)
        {
            return null;
        }

        var declaring = name.Parent switch
        {
            MemberAccessExpressionSyntax member when member.Name == name => member.Parent as InvocationExpressionSyntax,
            InvocationExpressionSyntax call when call.Expression == name => call,
            _ => null,
        };
        if (declaring is null || model.GetTypeInfo(declaring).Type is not INamedTypeSymbol { TypeKind: not TypeKind.Error } builder)
        {
            return null;
        }

        var calls = new List<InvocationExpressionSyntax> { declaring };
        ExpressionSyntax end = declaring;
        while (end.Parent is MemberAccessExpressionSyntax access && access.Expression == end
            && access.Parent is InvocationExpressionSyntax outer
            && SymbolEqualityComparer.Default.Equals(model.GetTypeInfo(outer).Type, builder))
        {
            calls.Add(outer);
            end = outer;
        }

        calls.AddRange(CallsOnLocal(end, model));
        return new ChainSyntax(declaring, end, builder, calls);
    }

    /// <summary>True when the builder type (or a base type) has a method of this name.</summary>
    public bool HasMethod(string name)
    {
        for (var type = Builder; type is not null; type = type.BaseType)
        {
            if (type.GetMembers(name).OfType<IMethodSymbol>().Any())
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The last call of this name on the builder, or null.</summary>
    public InvocationExpressionSyntax? LastCall(string name) =>
        Calls.LastOrDefault(c => MethodName(c) == name);

    /// <summary>The name of the method a call invokes, as written.</summary>
    public static string? MethodName(InvocationExpressionSyntax call) => call.Expression switch
    {
        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        _ => null,
    };

    // var x = <chain>; … x.Call(…).Call(…);  — the calls made later on the same local.
    private static IEnumerable<InvocationExpressionSyntax> CallsOnLocal(ExpressionSyntax end, SemanticModel model)
    {
        if (end.Parent is not EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator }
            || model.GetDeclaredSymbol(declarator) is not ILocalSymbol local
            || declarator.FirstAncestorOrSelf<BlockSyntax>() is not { } block)
        {
            yield break;
        }

        foreach (var identifier in block.DescendantNodes().OfType<IdentifierNameSyntax>())
        {
            if (identifier.Identifier.ValueText != local.Name
                || identifier.SpanStart < declarator.Span.End
                || !SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(identifier).Symbol, local))
            {
                continue;
            }

            ExpressionSyntax current = identifier;
            while (current.Parent is MemberAccessExpressionSyntax access && access.Expression == current
                && access.Parent is InvocationExpressionSyntax outer
                && SymbolEqualityComparer.Default.Equals(model.GetTypeInfo(outer).Type, local.Type))
            {
                yield return outer;
                current = outer;
            }
        }
    }
}
