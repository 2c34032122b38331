using System;
using System.Collections.Generic;
using System.Linq;
using HaRules.Model;
using HaRules.Reporting.Document;

namespace HaRules.Reporting.Content;

/// <summary>
/// What each component leaves undeclared: one table per kind, a row per component that leaves a
/// judged fact out, by name (declaration order among equal names), the first
/// <see cref="ReportLimits.Rows"/> shown.
/// </summary>
internal static class UndeclaredSection
{
    // By name, then declaration order: a total order, so the rows kept are those a stable sort by name gives.
    private static readonly IComparer<(Component Component, int Index)> ByName = Comparer<(Component Component, int Index)>.Create((a, b) =>
    {
        var byName = string.CompareOrdinal(a.Component.Name, b.Component.Name);
        return byName != 0 ? byName : a.Index.CompareTo(b.Index);
    });

    public static void Write(BlockList blocks, DesignModel model)
    {
        blocks.Heading(3, "What the design leaves undeclared");
        var tables = Undeclared(model);
        var any = false;
        for (var t = 0; t < tables.Length; t++)
        {
            var kind = UndeclaredFacts.Tables[t];
            var rows = tables[t];
            if (rows.Total == 0)
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
            var shown = rows.InOrder();
            foreach (var (component, index) in shown)
            {
                table.Row(new[] { Inline.Strong(component.Name) }.Concat(kind.Facts.Select(f => Cell(f.IsDeclaredBy(model, index)))).ToArray());
            }

            ReportLimits.LeftOut(blocks, rows.Total, shown.Count, kind.Title.ToLowerInvariant());
        }

        if (!any)
        {
            blocks.Paragraph("Nothing: every component declares the facts the rules judge.");
        }
    }

    // One pass over the model: each declared component is asked about the facts of its tables
    // until one is left out, and only the first rows by name are kept (their cells are asked for
    // again when shown). The section used to filter and sort every component of a kind, per kind.
    // The facts are asked by the component's position, not by its name.
    private static FirstRows<(Component Component, int Index)>[] Undeclared(DesignModel model)
    {
        var tables = UndeclaredFacts.Tables.Select(_ => new FirstRows<(Component Component, int Index)>(ReportLimits.Rows, ByName)).ToArray();
        var components = model.Components;
        for (var i = 0; i < components.Count; i++)
        {
            var component = components[i];
            if (component.IsPart || (uint)component.Kind >= (uint)UndeclaredFacts.TablesByKind.Count)
            {
                continue;
            }

            foreach (var t in UndeclaredFacts.TablesByKind[(int)component.Kind])
            {
                if (LeavesOut(model, i, UndeclaredFacts.Tables[t].Facts))
                {
                    tables[t].Add((component, i));
                }
            }
        }

        return tables;
    }

    private static bool LeavesOut(DesignModel model, int component, IReadOnlyList<Findings.JudgedFact> facts)
    {
        for (var f = 0; f < facts.Count; f++)
        {
            if (facts[f].IsDeclaredBy(model, component) == false)
            {
                return true;
            }
        }

        return false;
    }

    private static Inline Cell(bool? declared) => declared switch
    {
        true => Inline.Plain("declared"),
        false => new Inline("not declared", Emphasis.Bad),
        null => Inline.Plain("\u2013"),
    };
}
