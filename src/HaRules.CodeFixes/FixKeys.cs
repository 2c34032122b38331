using System;
using System.Collections.Generic;
using System.Linq;
using HaRules.Findings;
using HaRules.Rules;

namespace HaRules.CodeFixes;

/// <summary>
/// The fixes offered per rule and their equivalence keys: <c>HaRules.Fix.HAxxx</c> for a mechanical
/// correction and <c>HaRules.Accept.HAxxx</c> for accepting the finding with a reason. A key names
/// its rule, so Fix All applies one fix to the findings of one rule.
/// </summary>
internal static class FixKeys
{
    /// <summary>The rules with a mechanical correction.</summary>
    public static readonly IReadOnlyCollection<string> Mechanical =
        RuleCatalog.All.Where(r => r.Fix == RuleFix.Mechanical).Select(r => r.Id).ToArray();

    /// <summary>
    /// Findings that acceptance cannot cover: a malformed or expired acceptance (HA007, HA008) is
    /// judged after acceptances are applied, HA006 names no component, and HA9xx are about
    /// HaRules, not the design (<see cref="HaRules.Findings.RuleDescriptor.Acceptable"/>).
    /// </summary>
    public static readonly IReadOnlyCollection<string> NotAcceptable =
        RuleCatalog.All.Where(r => !r.Acceptable).Select(r => r.Id).ToArray();

    private const string FixPrefix = "HaRules.Fix.";
    private const string AcceptPrefix = "HaRules.Accept.";

    public static string Fix(string ruleId) => FixPrefix + ruleId;

    public static string Accept(string ruleId) => AcceptPrefix + ruleId;

    /// <summary>The keys offered for a diagnostic ID, the mechanical fix first.</summary>
    public static IEnumerable<string> For(string ruleId)
    {
        if (Contains(Mechanical, ruleId))
        {
            yield return Fix(ruleId);
        }

        if (!Contains(NotAcceptable, ruleId))
        {
            yield return Accept(ruleId);
        }
    }

    /// <summary>Splits a key into whether it accepts, and its rule ID; false for a key that is not ours.</summary>
    public static bool TryParse(string? key, out bool accept, out string ruleId)
    {
        accept = false;
        ruleId = string.Empty;
        if (key is null)
        {
            return false;
        }

        if (key.StartsWith(FixPrefix, StringComparison.Ordinal))
        {
            ruleId = key.Substring(FixPrefix.Length);
            return true;
        }

        if (key.StartsWith(AcceptPrefix, StringComparison.Ordinal))
        {
            accept = true;
            ruleId = key.Substring(AcceptPrefix.Length);
            return true;
        }

        return false;
    }

    private static bool Contains(IReadOnlyCollection<string> ids, string id)
    {
        foreach (var candidate in ids)
        {
            if (string.Equals(candidate, id, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
