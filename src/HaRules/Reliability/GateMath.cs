namespace HaRules.Reliability;

/// <summary>How many children a gate needs, one rule for every kind of gate.</summary>
internal static class GateMath
{
    /// <summary>
    /// The number of children that must run for the node to run: all for and-gates, one for
    /// or-gates (so an or-gate without children never runs), k for k-of-n (k above n means all,
    /// k of 0 or less means none), 0 for always-up, more than there are for always-down.
    /// </summary>
    public static int Needed(ReliabilityGraph graph, int node)
    {
        var n = graph.ChildCount(node);
        switch (graph.Kinds[node])
        {
            case GateKind.And:
                return n;
            case GateKind.Or:
                return 1;
            case GateKind.AtLeast:
                var k = graph.Thresholds[node];
                return k <= 0 ? 0 : k > n ? n : k;
            case GateKind.AlwaysDown:
                return n + 1;
            default:
                return 0;
        }
    }
}
