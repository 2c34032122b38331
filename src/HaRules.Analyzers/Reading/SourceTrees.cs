using System;
using System.Collections.Generic;
using System.Linq;
using HaRules.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace HaRules.Analyzers.Reading;

/// <summary>
/// The compilation's syntax trees by path: gives <see cref="Running.SourceColumns"/> the text of
/// a line without reading files, and turns a model's <see cref="HaRules.Model.SourceLocation"/> back into a
/// Roslyn <see cref="Microsoft.CodeAnalysis.Location"/> on the token that starts at its column.
/// </summary>
internal sealed class SourceTrees
{
    private readonly Dictionary<string, SyntaxTree> _byPath;

    public SourceTrees(Compilation compilation)
    {
        _byPath = new Dictionary<string, SyntaxTree>(StringComparer.Ordinal);
        foreach (var tree in compilation.SyntaxTrees.Where(t => t.FilePath.Length > 0))
        {
            if (!_byPath.ContainsKey(tree.FilePath))
            {
                _byPath.Add(tree.FilePath, tree);
            }
        }
    }

    /// <summary>The text of a 1-based line of a file, or null.</summary>
    public string? Line(string file, int line)
    {
        if (!_byPath.TryGetValue(file, out var tree))
        {
            return null;
        }

        var lines = tree.GetText().Lines;
        return line >= 1 && line <= lines.Count ? lines[line - 1].ToString() : null;
    }

    /// <summary>The location of the token at a model location (the whole line's first token without a column), or null.</summary>
    public Location? Find(SourceLocation location)
    {
        if (!location.IsKnown || !_byPath.TryGetValue(location.File, out var tree))
        {
            return null;
        }

        var text = tree.GetText();
        if (location.Line > text.Lines.Count)
        {
            return null;
        }

        var line = text.Lines[location.Line - 1];
        var root = tree.GetRoot();
        if (location.Column > 0 && line.Start + location.Column - 1 < line.End)
        {
            var token = root.FindToken(line.Start + location.Column - 1);
            return Location.Create(tree, token.Span.Start == line.Start + location.Column - 1 ? token.Span : new TextSpan(line.Start + location.Column - 1, 0));
        }

        var first = root.FindToken(line.Start + (line.ToString().Length - line.ToString().TrimStart().Length));
        return Location.Create(tree, first.Span);
    }
}
