using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace HaRules.Cli.Severities;

/// <summary>
/// The suppressions one C# file declares, from its syntax tree. Only <see cref="SourceSuppressions"/>
/// touches this type, after the SDK's Roslyn has been made loadable.
/// </summary>
internal sealed class SuppressionsInFile
{
    private readonly SyntaxTree _tree;
    private readonly SourceText _text;
    private readonly List<PragmaWarningDirectiveTriviaSyntax> _pragmas;
    private readonly List<(TextSpan Span, string Id)> _attributes = new();

    private SuppressionsInFile(SyntaxTree tree)
    {
        _tree = tree;
        _text = tree.GetText();
        var root = tree.GetRoot();
        _pragmas = root.DescendantTrivia(descendIntoTrivia: true)
            .Select(t => t.GetStructure())
            .OfType<PragmaWarningDirectiveTriviaSyntax>()
            .OrderBy(p => p.SpanStart)
            .ToList();
        foreach (var attribute in root.DescendantNodes().OfType<AttributeSyntax>())
        {
            if (SuppressedId(attribute) is not { } id)
            {
                continue;
            }

            if (attribute.Parent is AttributeListSyntax { Target.Identifier.ValueText: "assembly" or "module" })
            {
                Globals.Add(new Global(id, NamedArgument(attribute, "Target")));
            }
            else if (attribute.Parent?.Parent is MemberDeclarationSyntax member)
            {
                _attributes.Add((member.Span, id));
            }
        }
    }

    /// <summary>An assembly-level <c>[SuppressMessage]</c>: its rule ID and target (null for the whole assembly).</summary>
    public sealed record Global(string Id, string? Target);

    /// <summary>The assembly-level suppressions this file declares.</summary>
    public List<Global> Globals { get; } = new();

    public static SuppressionsInFile Parse(string path) =>
        new(CSharpSyntaxTree.ParseText(SourceText.From(File.ReadAllText(path)), path: path));

    /// <summary>Whether a pragma or an attribute in this file suppresses <paramref name="id"/> at the (1-based) line and column.</summary>
    public bool Suppresses(string id, int line, int column)
    {
        var position = Position(line, column);
        if (position < 0)
        {
            return false;
        }

        // A loop, not Any with a closure: this runs once per finding, hundreds of thousands at scale.
        foreach (var (span, attributeId) in _attributes)
        {
            if (attributeId == id && span.Contains(position))
            {
                return true;
            }
        }

        return DisabledByPragma(id, position);
    }

    /// <summary>Whether an assembly-level suppression applies at a position of this file.</summary>
    public bool GlobalApplies(Global global, string id, int line, int column)
    {
        if (global.Id != id)
        {
            return false;
        }

        if (global.Target is null)
        {
            return true;
        }

        var position = Position(line, column);
        if (position < 0)
        {
            return false;
        }

        // Targets use documentation IDs: ~T:Namespace.Type, ~M:Namespace.Type.Method(Args).
        var target = global.Target.TrimStart('~');
        var kind = target.Length > 2 && target[1] == ':' ? target[0] : 'T';
        var name = (target.Length > 2 && target[1] == ':' ? target.Substring(2) : target).Split('(')[0];
        var node = _tree.GetRoot().FindToken(position).Parent;
        for (; node is not null; node = node.Parent)
        {
            if (kind == 'T' && node is BaseTypeDeclarationSyntax type && FullName(type) == name)
            {
                return true;
            }

            if (kind == 'M' && node is MethodDeclarationSyntax method && method.Parent is BaseTypeDeclarationSyntax owner
                && FullName(owner) + "." + method.Identifier.ValueText == name)
            {
                return true;
            }
        }

        return false;
    }

    // As the compiler: the last pragma before the position that names the ID (or names none) decides.
    private bool DisabledByPragma(string id, int position)
    {
        var disabled = false;
        foreach (var pragma in _pragmas)
        {
            if (pragma.SpanStart > position)
            {
                break;
            }

            if (pragma.ErrorCodes.Count == 0 || pragma.ErrorCodes.Any(code => code.ToString().Trim() == id))
            {
                disabled = pragma.DisableOrRestoreKeyword.IsKind(SyntaxKind.DisableKeyword);
            }
        }

        return disabled;
    }

    private int Position(int line, int column)
    {
        if (line < 1 || line > _text.Lines.Count)
        {
            return -1;
        }

        var text = _text.Lines[line - 1];
        return Math.Min(text.Start + Math.Max(column - 1, 0), text.End);
    }

    // SuppressMessage("category", "HA302") or ("category", "HA302:Some title"); by any spelling of the attribute's name.
    private static string? SuppressedId(AttributeSyntax attribute)
    {
        var name = attribute.Name.ToString();
        var simple = name.Substring(name.LastIndexOf('.') + 1);
        if (simple is not ("SuppressMessage" or "SuppressMessageAttribute"))
        {
            return null;
        }

        var positional = attribute.ArgumentList?.Arguments.Where(a => a.NameEquals is null && a.NameColon is null).ToList();
        if (positional is not { Count: >= 2 } || positional[1].Expression is not LiteralExpressionSyntax { Token.Value: string checkId })
        {
            return null;
        }

        return checkId.Split(':')[0].Trim();
    }

    private static string? NamedArgument(AttributeSyntax attribute, string name) =>
        attribute.ArgumentList?.Arguments
            .Where(a => a.NameEquals?.Name.Identifier.ValueText == name)
            .Select(a => a.Expression is LiteralExpressionSyntax { Token.Value: string value } ? value : null)
            .FirstOrDefault();

    private static string FullName(BaseTypeDeclarationSyntax type)
    {
        var parts = new List<string>();
        for (SyntaxNode? node = type; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case BaseTypeDeclarationSyntax t:
                    parts.Add(t.Identifier.ValueText);
                    break;
                case BaseNamespaceDeclarationSyntax n:
                    parts.Add(n.Name.ToString());
                    break;
            }
        }

        parts.Reverse();
        return string.Join(".", parts);
    }
}
