using System;
using System.Collections.Generic;
using HaRules.Findings;

namespace HaRules.Rules;

/// <summary>
/// A rule: reads the model (and the analyses, through the context) and yields findings. A rule
/// never formats for a sink, never knows whether it runs in the compiler or in the build, and
/// never throws on a design the language can express.
/// </summary>
/// <remarks>
/// A rule is the unit HaRules is built from: its class declares its ID (<c>public const string Id</c>)
/// and its <see cref="RuleDescriptor"/>, and everything else (the catalog, the built-in list, the
/// analyzer's descriptors, the fix keys, the SARIF rule metadata) is derived from them. Only
/// HaRules itself defines rules (the constructor is internal): every ID must have its page, its
/// release entry and its tests, which a rule from another assembly could not bring along.
/// </remarks>
public abstract class DesignRule
{
    /// <summary>Creates a rule described by <paramref name="descriptor"/>.</summary>
    internal DesignRule(RuleDescriptor descriptor) =>
        Descriptor = descriptor ?? throw new ArgumentNullException(nameof(descriptor));

    /// <summary>What the rule is: its ID, title, family, default severity and fix.</summary>
    public RuleDescriptor Descriptor { get; }

    /// <summary>Checks the design and yields its findings.</summary>
    public abstract IEnumerable<Finding> Check(RuleContext context);
}
