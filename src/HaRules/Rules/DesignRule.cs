using System.Collections.Generic;
using HaRules.Findings;

namespace HaRules.Rules;

/// <summary>
/// A rule: reads the model (and the analyses, through the context) and yields findings. A rule
/// never formats for a sink, never knows whether it runs in the compiler or in the build, and
/// never throws on a design the language can express.
/// </summary>
public abstract class DesignRule
{
    /// <summary>The IDs of the rules this class reports (usually one).</summary>
    public abstract IReadOnlyList<string> Ids { get; }

    /// <summary>Checks the design and yields its findings.</summary>
    public abstract IEnumerable<Finding> Check(RuleContext context);
}
