using System;
using System.Linq;
using HaRules.Model;
using HaRules.Reporting.Document;

namespace HaRules.Reporting.Content;

/// <summary>What each component leaves undeclared: one table per kind, a row per component that leaves a judged fact out.</summary>
internal static class UndeclaredSection
{
    public static void Write(BlockList blocks, DesignModel model)
    {
        blocks.Heading(3, "What the design leaves undeclared");
        var any = false;
        foreach (var kind in UndeclaredFacts.Tables)
        {
            var rows = model.DeclaredComponents
                .Where(c => kind.Kinds.Contains(c.Kind))
                .OrderBy(c => c.Name, StringComparer.Ordinal)
                .Select(c => (Component: c, Facts: kind.Facts.Select(f => f.IsDeclaredBy(model, c)).ToList()))
                .Where(r => r.Facts.Any(f => f == false))
                .ToList();
            if (rows.Count == 0)
            {
                continue;
            }

            if (!any)
            {
                blocks.Paragraph("Rules judge only what a design declares. These components leave out facts the rules would check; declare them to have them checked.");
                any = true;
            }

            blocks.Heading(4, kind.Title);
            var table = blocks.Table(new[] { "component" }.Concat(kind.Facts.Select(f => f.Title)).ToArray());
            foreach (var (component, facts) in rows.Take(ReportLimits.Rows))
            {
                table.Row(new[] { Inline.Strong(component.Name) }.Concat(facts.Select(Cell)).ToArray());
            }

            ReportLimits.LeftOut(blocks, rows.Count, Math.Min(rows.Count, ReportLimits.Rows), kind.Title.ToLowerInvariant());
        }

        if (!any)
        {
            blocks.Paragraph("Nothing: every component declares the facts the rules judge.");
        }
    }

    private static Inline Cell(bool? declared) => declared switch
    {
        true => Inline.Plain("declared"),
        false => new Inline("not declared", Emphasis.Bad),
        null => Inline.Plain("\u2013"),
    };
}
