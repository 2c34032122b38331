namespace HaRules.Reliability;

/// <summary>When exact availability compiles a sub-graph to a decision diagram.</summary>
internal enum DiagramUse
{
    /// <summary>Only where conditioning would give up exactness (the default).</summary>
    WhenConditioningGivesUp,

    /// <summary>For every gate evaluated apart (tests: checks the diagram path alone against the oracle).</summary>
    Always,

    /// <summary>Never: past the bounds of conditioning the result is inexact (tests: the fallback alone).</summary>
    Never,
}
