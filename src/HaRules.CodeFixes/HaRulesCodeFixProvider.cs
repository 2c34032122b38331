using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using HaRules.Findings;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;
using HaRules.Rules;

namespace HaRules.CodeFixes;

/// <summary>
/// Fixes for HaRules diagnostics: the mechanical corrections (HA302, HA307, HA403, HA405, HA407,
/// HA408, HA503, HA504, HA603, HA702) and, for every finding an acceptance can cover, "accept with a reason", which
/// appends <c>.Accept("HAxxx", "…")</c> to the component's chain with the reason selected for
/// typing. Fix All merges the edits of one document, so several fixes on one chain add up. A fix
/// writes what its rule's message advises; where that depends on the whole design (HA503's size and
/// keep-alive), the analyzer passes it in the diagnostic's properties (<c>Finding.FixArguments</c>).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HaRulesCodeFixProvider))]
public sealed class HaRulesCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = RuleCatalog.All.Select(r => r.Id).ToImmutableArray();

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => MergingFixAll.Provider;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var document = context.Document;
        var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        var text = await document.GetTextAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            foreach (var key in FixKeys.For(diagnostic.Id))
            {
                if (FixEdits.Compute(key, diagnostic, root, model, text) is { } edit)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create(edit.Title, cancellationToken => ApplyAsync(document, edit, cancellationToken), key),
                        diagnostic);
                }
            }
        }
    }

    /// <summary>Applies one edit; an inserted placeholder reason carries a <see cref="RenameAnnotation"/> so the IDE selects it.</summary>
    internal static async Task<Document> ApplyAsync(Document document, FixEdit edit, CancellationToken cancellationToken)
    {
        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        var changed = document.WithText(text.WithChanges(edit.Changes));
        if (edit.PlaceholderOffset is not { } offset
            || await changed.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is not { } root)
        {
            return changed;
        }

        var token = root.FindToken(offset);
        return token.SpanStart == offset && token.Span.Length > 0
            ? changed.WithSyntaxRoot(root.ReplaceToken(token, token.WithAdditionalAnnotations(RenameAnnotation.Create())))
            : changed;
    }
}
