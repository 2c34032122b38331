namespace HaRules.Reliability;

/// <summary>What a node of the reliability graph is.</summary>
public enum GateKind
{
    /// <summary>A basic failure event: a component (or part) that can fail on its own.</summary>
    Event,

    /// <summary>Runs while every child runs.</summary>
    And,

    /// <summary>Runs while at least one child runs.</summary>
    Or,

    /// <summary>Runs while at least <c>k</c> of its children run (k-of-n).</summary>
    AtLeast,

    /// <summary>Always runs (no requirement, or a component that cannot fail).</summary>
    AlwaysUp,

    /// <summary>Never runs (it needs something that does not exist, e.g. any one of no alternatives).</summary>
    AlwaysDown,
}
