using System;
using HaRules.Reliability;
using Xunit;

namespace HaRules.Tests.Reliability;

/// <summary>Cases small enough to work out by hand, with the arithmetic beside them.</summary>
public sealed class HandWorkedTests
{
    [Fact]
    public void Two_servers_on_one_shared_pdu_are_not_independent()
    {
        // Service runs while either server runs; each server needs itself (A = 0.99) and the one
        // PDU (A = 0.999) both hang on.
        //   exact:  A = a_pdu · (1 − (1 − a_s)²) = 0.999 · (1 − 0.01²) = 0.999 · 0.9999 = 0.9989001
        //           U = 1 − 0.9989001 = 0.0010999
        //   naive (servers with their PDU treated as independent branches):
        //           U = (1 − a_s·a_pdu)² = (1 − 0.98901)² = 0.01099² = 0.0001207801
        // The naive formula claims nine times less downtime than the truth: the PDU is a single
        // point of failure that the parallel formula multiplies away.
        var names = new[] { "pdu", "web-1", "web-2" };
        var g = new GraphAssembler(names);
        var pdu = g.Event(0, 0.999, 0.001);
        var s1 = g.Gate(GateKind.And, 0, new[] { g.Event(1, 0.99, 0.01), pdu }, 1);
        var s2 = g.Gate(GateKind.And, 0, new[] { g.Event(2, 0.99, 0.01), pdu }, 2);
        var root = g.Gate(GateKind.Or, 1, new[] { s1, s2 }, -1);
        var graph = g.Finish(null);

        var (up, down, exact) = AvailabilityAnalysis.Compute(graph, root);

        Assert.True(exact);
        Assert.Equal(0.9989001, up, 12);
        Assert.Equal(0.0010999, down, 12);
        var naive = Math.Pow(1 - (0.99 * 0.999), 2);
        Assert.Equal(0.0001207801, naive, 12);
        Assert.True(down > 9 * naive);
        Assert.Equal(new[] { pdu }, SpofAnalysis.Compute(graph).Of(root).ToArray());
    }

    [Fact]
    public void Two_of_three_identical_members()
    {
        // a = 0.9: A = 3·a²·(1 − a) + a³ = 3 · 0.81 · 0.1 + 0.729 = 0.243 + 0.729 = 0.972;
        // U = 3·a·(1 − a)² + (1 − a)³ = 0.027 + 0.001 = 0.028.
        var g = new GraphAssembler(new[] { "a", "b", "c" });
        var members = new[] { g.Event(0, 0.9, 0.1), g.Event(1, 0.9, 0.1), g.Event(2, 0.9, 0.1) };
        var root = g.Gate(GateKind.AtLeast, 2, members, -1);
        var graph = g.Finish(null);

        var (up, down, _) = AvailabilityAnalysis.Compute(graph, root);

        Assert.Equal(0.972, up, 12);
        Assert.Equal(0.028, down, 12);
        Assert.Empty(SpofAnalysis.Compute(graph).Of(root).ToArray());
        Assert.Equal(3, CutSetAnalysis.Compute(graph, new[] { root }, 2).Of(root).Count);
    }

    [Fact]
    public void High_nines_keep_their_digits()
    {
        // Two independent members with U = 1e-9 each in parallel: U = 1e-18, which 1 − A cannot
        // represent (A rounds to 1.0); the engine carries U itself.
        var g = new GraphAssembler(new[] { "a", "b" });
        var root = g.Gate(GateKind.Or, 1, new[] { g.Event(0, 1 - 1e-9, 1e-9), g.Event(1, 1 - 1e-9, 1e-9) }, -1);
        var graph = g.Finish(null);

        var (up, down, _) = AvailabilityAnalysis.Compute(graph, root);

        Assert.Equal(1.0, up);
        Assert.True(Math.Abs(down - 1e-18) < 1e-30);
    }

    [Fact]
    public void A_cycle_left_in_the_graph_is_cut_where_a_walk_closes_it()
    {
        var g = new GraphAssembler(new[] { "a", "b" });
        var a = g.NewNode(0);
        var b = g.NewNode(1);
        var ea = g.Event(0, 0.9, 0.1);
        var eb = g.Event(1, 0.9, 0.1);
        g.Define(a, GateKind.And, 0, new[] { ea, b });
        g.Define(b, GateKind.And, 0, new[] { eb, a });
        var graph = g.Finish(null);

        Assert.Equal(new[] { ea, eb }, SpofAnalysis.Compute(graph).Of(a).ToArray());
        Assert.Equal(new[] { eb }, SpofAnalysis.Compute(graph).Of(b).ToArray());
    }

    [Theory]
    [InlineData(0.9995, 0.0005, "99.95 %", "4 h 23 m")]
    [InlineData(0.99998, 0.00002, "99.998 %", "10.5 m")]
    [InlineData(0.9999, 0.0001, "99.99 %", "52.6 m")]
    [InlineData(1.0, 0.0, "100 %", "under 1 s")]
    [InlineData(0.99, 0.01, "99.00 %", "3 d 15 h")]
    public void Availability_reads_as_users_write_it(double up, double down, string percent, string downtime)
    {
        Assert.Equal(percent, AvailabilityText.Percent(up, down));
        Assert.Equal(downtime, AvailabilityText.DowntimePerYear(down));
    }
}
