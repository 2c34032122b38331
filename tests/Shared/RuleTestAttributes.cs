using System;

namespace HaRules.TestCoverage;

/// <summary>
/// Marks a test that makes rule <see cref="Id"/> fire. Every ID of the catalog needs one
/// (RuleCoverageTests in tests/HaRules.Tests reads these marks across every test project).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
internal sealed class FiresAttribute : Attribute
{
    public FiresAttribute(string id) => Id = id;

    /// <summary>The rule the test makes fire.</summary>
    public string Id { get; }
}

/// <summary>
/// Marks a test that shows rule <see cref="Id"/> silent on a design that does not have its flaw
/// (usually the fixed design). Every ID of the catalog needs one.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
internal sealed class SilentAttribute : Attribute
{
    public SilentAttribute(string id) => Id = id;

    /// <summary>The rule the test shows silent.</summary>
    public string Id { get; }
}
