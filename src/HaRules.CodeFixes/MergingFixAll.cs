using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace HaRules.CodeFixes;

/// <summary>
/// Fix All for HaRules: the edits of every diagnostic of a document are computed on the original
/// text and merged (<see cref="TextChangeMerge"/>), so two calls appended to one chain both land,
/// and a finding reported once per replica is fixed once.
/// </summary>
internal static class MergingFixAll
{
    public static FixAllProvider Provider { get; } = FixAllProvider.Create(FixDocumentAsync);

    private static async Task<Document?> FixDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        var key = context.CodeActionEquivalenceKey;
        var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        var text = await document.GetTextAsync(context.CancellationToken).ConfigureAwait(false);
        if (key is null || root is null || model is null)
        {
            return document;
        }

        var changes = new List<TextChange>();
        foreach (var diagnostic in diagnostics.OrderBy(d => d.Location.SourceSpan.Start))
        {
            if (FixEdits.Compute(key, diagnostic, root, model, text) is { } edit)
            {
                changes.AddRange(edit.Changes);
            }
        }

        return changes.Count == 0 ? document : document.WithText(text.WithChanges(TextChangeMerge.Merge(changes)));
    }
}
