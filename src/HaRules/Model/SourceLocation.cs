using System;

namespace HaRules.Model;

/// <summary>
/// Where a DSL call stands in the design's source: the file and line of the call, and its column
/// where known (0 when unknown, e.g. from caller-info attributes before the column is resolved).
/// </summary>
public sealed class SourceLocation : IEquatable<SourceLocation>
{
    /// <summary>A location that points nowhere, for things declared outside any source file.</summary>
    public static readonly SourceLocation None = new(string.Empty, 0, 0);

    /// <summary>Creates a location.</summary>
    /// <param name="file">The source file path, as the compiler saw it.</param>
    /// <param name="line">The 1-based line, or 0 when unknown.</param>
    /// <param name="column">The 1-based column, or 0 when unknown.</param>
    public SourceLocation(string file, int line, int column = 0)
    {
        File = file ?? string.Empty;
        Line = line < 0 ? 0 : line;
        Column = column < 0 ? 0 : column;
    }

    /// <summary>The source file path; empty when unknown.</summary>
    public string File { get; }

    /// <summary>The 1-based line of the call; 0 when unknown.</summary>
    public int Line { get; }

    /// <summary>The 1-based column of the called method's name; 0 when unknown.</summary>
    public int Column { get; }

    /// <summary>True when the location names a file and a line.</summary>
    public bool IsKnown => File.Length > 0 && Line > 0;

    /// <summary>This location with another column.</summary>
    public SourceLocation WithColumn(int column) => new(File, Line, column);

    /// <inheritdoc />
    public bool Equals(SourceLocation? other) =>
        other is not null && string.Equals(File, other.File, StringComparison.Ordinal) && Line == other.Line && Column == other.Column;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SourceLocation);

    /// <inheritdoc />
    public override int GetHashCode() => (StringComparer.Ordinal.GetHashCode(File) * 397 ^ Line) * 397 ^ Column;

    /// <summary>The MSBuild canonical form: <c>file(line,col)</c>, or <c>file(line)</c> without a column.</summary>
    public override string ToString() => Column > 0 ? $"{File}({Line},{Column})" : $"{File}({Line})";
}
