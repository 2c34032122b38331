using HaRules.CodeFixes;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace HaRules.Analyzers.Tests;

/// <summary>How Fix All merges edits computed on one text.</summary>
public sealed class TextChangeMergeTests
{
    [Fact]
    public void Insertions_at_one_position_are_joined_in_order_and_duplicates_count_once()
    {
        var text = SourceText.From("a.B();");
        var merged = TextChangeMerge.Merge(new[]
        {
            new TextChange(new TextSpan(5, 0), ".C()"),
            new TextChange(new TextSpan(5, 0), ".D()"),
            new TextChange(new TextSpan(5, 0), ".C()"),
            new TextChange(new TextSpan(0, 1), "x"),
        });

        Assert.Equal("x.B().C().D();", text.WithChanges(merged).ToString());
    }

    [Fact]
    public void An_overlapping_replacement_is_dropped()
    {
        var text = SourceText.From("Min(5).Max(20)");
        var merged = TextChangeMerge.Merge(new[]
        {
            new TextChange(new TextSpan(4, 1), "20"),
            new TextChange(new TextSpan(0, 6), "Min(7)"),
        });

        Assert.Equal("Min(7).Max(20)", text.WithChanges(merged).ToString());
    }
}
