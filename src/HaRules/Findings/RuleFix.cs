namespace HaRules.Findings;

/// <summary>What the code fix offers for a rule's findings besides accepting them.</summary>
public enum RuleFix
{
    /// <summary>No mechanical correction; the finding can only be fixed by hand (or accepted).</summary>
    None,

    /// <summary>A mechanical correction of the declaring call (e.g. adding <c>WithHotSpares(1)</c>).</summary>
    Mechanical,
}
