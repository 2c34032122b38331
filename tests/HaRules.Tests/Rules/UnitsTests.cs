using HaRules.Rules.Common;
using Xunit;

namespace HaRules.Tests.Rules;

public sealed class UnitsTests
{
    [Theory]
    [InlineData(45, "45 s")]
    [InlineData(900, "15 min")]
    [InlineData(3600, "60 min")]
    [InlineData(7200, "2 h")]
    [InlineData(86400, "24 h")]
    [InlineData(3 * 86400, "3 d")]
    public void Durations_read_in_the_unit_users_write(double seconds, string expected) =>
        Assert.Equal(expected, Units.Duration(seconds));

    [Fact]
    public void Two_sizes_share_one_unit_and_never_print_alike_when_they_differ()
    {
        Assert.Equal(("5.0 TB", "4.8 TB"), Units.Sizes(5e12, 4.8e12));
        Assert.Equal(("4.81 TB", "4.80 TB"), Units.Sizes(4.81e12, 4.8e12));
        Assert.Equal(("1.5 TB", "0.8 TB"), Units.Sizes(1.5e12, 8e11));
        Assert.Equal("600 GB", Units.Size(6e11));
    }

    [Fact]
    public void Counts_iops_percentages_and_lists_are_invariant()
    {
        Assert.Equal("1,200", Units.Count(1200));
        Assert.Equal("1,108 IOPS", Units.Iops(1107.69));
        Assert.Equal("12.5 %", Units.Percent(0.125));
        Assert.Equal("a, b and c", Units.List(new[] { "a", "b", "c" }));
        Assert.Equal("a, b and 2 more", Units.List(new[] { "a", "b", "c", "d" }, 2));
        Assert.Equal("RAID10", Units.Level(RaidLevel.Raid10));
    }
}
