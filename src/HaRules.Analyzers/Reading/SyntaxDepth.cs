using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace HaRules.Analyzers.Reading;

/// <summary>
/// Measures how deeply a body's syntax nests, with a work list rather than recursion: a body nested
/// deeper than the reader's limit (a 20,000-term sum, a 3,000-call chain) is never handed to Roslyn's
/// operation factory nor to the interpreter, whose recursion follows the nesting.
/// </summary>
internal static class SyntaxDepth
{
    /// <summary>The first node nested deeper than <paramref name="limit"/> below <paramref name="root"/>, or null.</summary>
    public static SyntaxNode? FirstBeyond(SyntaxNode root, int limit)
    {
        var work = new Stack<(SyntaxNode Node, int Depth)>();
        work.Push((root, 0));
        while (work.Count > 0)
        {
            var (node, depth) = work.Pop();
            if (depth > limit)
            {
                return node;
            }

            foreach (var child in node.ChildNodes())
            {
                work.Push((child, depth + 1));
            }
        }

        return null;
    }
}
