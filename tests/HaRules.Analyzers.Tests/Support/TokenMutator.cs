using System;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace HaRules.Analyzers.Tests.Support;

/// <summary>Mutates a C# source the way typing leaves it half-done: a token deleted, duplicated or swapped, or the file cut short.</summary>
public sealed class TokenMutator
{
    private readonly Random _random;

    public TokenMutator(int seed) => _random = new Random(seed);

    /// <summary>A mutated copy of <paramref name="source"/> and what was done to it.</summary>
    public (string Text, string Description) Mutate(string source)
    {
        var tokens = CSharpSyntaxTree.ParseText(source).GetRoot().DescendantTokens().Where(t => !t.IsKind(SyntaxKind.EndOfFileToken)).ToArray();
        var pieces = tokens.Select(t => t.ToFullString()).ToList();
        var i = _random.Next(tokens.Length);
        switch (_random.Next(5))
        {
            case 0:
                pieces[i] = tokens[i].LeadingTrivia.ToFullString() + tokens[i].TrailingTrivia.ToFullString();
                return (string.Concat(pieces), $"deleted token {i} '{tokens[i].Text}'");
            case 1:
                pieces[i] = pieces[i] + " " + tokens[i].Text;
                return (string.Concat(pieces), $"duplicated token {i} '{tokens[i].Text}'");
            case 2:
                var next = Math.Min(i + 1, tokens.Length - 1);
                return (Swap(tokens, pieces, i, next), $"swapped tokens {i} '{tokens[i].Text}' and {next} '{tokens[next].Text}'");
            case 3:
                var j = _random.Next(tokens.Length);
                return (Swap(tokens, pieces, i, j), $"swapped tokens {i} '{tokens[i].Text}' and {j} '{tokens[j].Text}'");
            default:
                var length = _random.Next(source.Length);
                return (source.Substring(0, length), $"truncated at {length}");
        }
    }

    private static string Swap(SyntaxToken[] tokens, System.Collections.Generic.List<string> pieces, int a, int b)
    {
        pieces[a] = tokens[a].LeadingTrivia.ToFullString() + tokens[b].Text + tokens[a].TrailingTrivia.ToFullString();
        pieces[b] = tokens[b].LeadingTrivia.ToFullString() + tokens[a].Text + tokens[b].TrailingTrivia.ToFullString();
        var text = new StringBuilder();
        foreach (var piece in pieces)
        {
            text.Append(piece);
        }

        return text.ToString();
    }
}
