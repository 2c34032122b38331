using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace HaRules.CodeFixes;

/// <summary>What one fix changes for one diagnostic: a title and text changes in its document.</summary>
internal sealed class FixEdit
{
    public FixEdit(string title, IReadOnlyList<TextChange> changes, int? placeholderOffset = null)
    {
        Title = title;
        Changes = changes;
        PlaceholderOffset = placeholderOffset;
    }

    /// <summary>The title the IDE shows.</summary>
    public string Title { get; }

    /// <summary>The changes, in the original text's positions.</summary>
    public IReadOnlyList<TextChange> Changes { get; }

    /// <summary>Where the inserted placeholder reason starts in the changed text, to be selected; null when there is none.</summary>
    public int? PlaceholderOffset { get; }
}
