using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using HaRules.Findings;
using HaRules.Model;
using HaRules.Rules;

namespace HaRules.Checking;

/// <summary>
/// Applies the design's <c>Accept(...)</c> calls: a valid, unexpired acceptance marks the rule's
/// findings about its component (the first component a finding names, or any replica of an
/// accepted group) as accepted with the reason. A finding on a replica group is accepted by an
/// acceptance on the group, or when every replica it names is accepted. Malformed acceptances are HA007 and expired ones
/// HA008; neither accepts anything.
/// </summary>
public static class AcceptanceApplier
{
    /// <summary>The findings with accepted ones marked, plus HA007/HA008 for bad acceptances.</summary>
    public static IReadOnlyList<Finding> Apply(RuleContext context, IEnumerable<Finding> findings)
    {
        var valid = new List<Acceptance>();
        var problems = new List<Finding>();
        foreach (var acceptance in context.Model.Acceptances)
        {
            if (Malformation(acceptance) is { } malformed)
            {
                problems.Add(context.Create(ToolDiagnostics.MalformedAcceptance, $"Accept(\"{acceptance.RuleId}\") on '{acceptance.Target}': {malformed}", acceptance.Target, acceptance.Location));
            }
            else if (ExpiryDate(acceptance) is { } expiry && expiry < context.Today)
            {
                problems.Add(context.Create(
                    ToolDiagnostics.ExpiredAcceptance,
                    $"Accept(\"{acceptance.RuleId}\") on '{acceptance.Target}' expired on {acceptance.Expires} and accepts nothing any more; fix the finding or renew the acceptance",
                    acceptance.Target,
                    acceptance.Location));
            }
            else
            {
                valid.Add(acceptance);
            }
        }

        var result = new List<Finding>();
        var index = new AcceptanceIndex(valid);
        Func<string, IReadOnlyList<string>?>? groupMembers = null;
        foreach (var finding in findings)
        {
            var match = index.FirstCovering(context.Model, finding);
            if (match is not null)
            {
                result.Add(finding.AsAccepted(match));
            }
            else if (MembersAcceptance(context.Model, index, ref groupMembers, finding) is { } members)
            {
                result.Add(finding.AsAccepted(members));
            }
            else
            {
                result.Add(finding);
            }
        }

        result.AddRange(problems);
        return result;
    }

    /// <summary>
    /// A finding on a replica group that no acceptance on the group covers is accepted when every
    /// member (replica, or cluster node) it names is accepted one by one (the reasons joined); one replica's acceptance alone
    /// does not hide the same flaw on the others. The acceptance returned stands for them all: on the
    /// group, with their reasons and the earliest expiry among them (the day one of them lapses, the
    /// group's finding is no longer covered). Null when some replica is not accepted.
    /// </summary>
    private static Acceptance? MembersAcceptance(DesignModel model, AcceptanceIndex index, ref Func<string, IReadOnlyList<string>?>? groupMembers, Finding finding)
    {
        // Most grouped findings have no acceptance of their rule at all: decided without the group's
        // members, and the groups are found once per check, on the first finding that needs them.
        if (finding.Group is null || index.OfRule(finding.RuleId) is not { } byTarget)
        {
            return null;
        }

        groupMembers ??= ReplicaGrouping.MembersLookup(model);
        if (groupMembers(finding.Group) is not { } list)
        {
            return null;
        }

        var members = new HashSet<string>(list, StringComparer.Ordinal);
        var reasons = new List<string>();
        var accepting = new List<Acceptance>();
        foreach (var replica in finding.Components.Where(members.Contains))
        {
            if (!byTarget.TryGetValue(replica, out var found))
            {
                return null;
            }

            var acceptance = found.Acceptance;
            accepting.Add(acceptance);
            if (!reasons.Contains(acceptance.Reason, StringComparer.Ordinal))
            {
                reasons.Add(acceptance.Reason);
            }
        }

        if (accepting.Count == 0)
        {
            return null;
        }

        // Expiry dates are YYYY-MM-DD, so the earliest is the least in ordinal order.
        var expires = accepting.Select(a => a.Expires).Where(e => e is not null).OrderBy(e => e, StringComparer.Ordinal).FirstOrDefault();
        return new Acceptance(finding.Group, finding.RuleId, string.Join("; ", reasons), expires, accepting[0].Location);
    }

    /// <summary>Why an acceptance is malformed (unknown rule, empty reason, unreadable date), or null.</summary>
    public static string? Malformation(Acceptance acceptance)
    {
        if (RuleCatalog.Find(acceptance.RuleId) is null)
        {
            return $"'{acceptance.RuleId}' is not a HaRules rule ID";
        }

        if (string.IsNullOrWhiteSpace(acceptance.Reason))
        {
            return "the justification is empty; say why the finding is acceptable here";
        }

        if (acceptance.Expires is not null && ExpiryDate(acceptance) is null)
        {
            return $"the expiry date '{acceptance.Expires}' is not an ISO date (yyyy-MM-dd)";
        }

        return null;
    }

    /// <summary>The parsed expiry date; null when none is given or it is unreadable.</summary>
    public static DateTime? ExpiryDate(Acceptance acceptance) =>
        acceptance.Expires is not null
        && DateTime.TryParseExact(acceptance.Expires, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    /// <summary>
    /// Whether <paramref name="acceptance"/> is about <paramref name="finding"/>: the same rule, and
    /// the finding's first component is the accepted one, a part of it, or a replica of an accepted group.
    /// </summary>
    public static bool Covers(DesignModel model, Acceptance acceptance, Finding finding)
    {
        if (finding.Components.Count == 0 || !string.Equals(acceptance.RuleId, finding.RuleId, StringComparison.Ordinal))
        {
            return false;
        }

        // A finding on a replica group is covered by an acceptance on the group (see MembersAcceptance for its replicas).
        if (finding.Group is not null)
        {
            return string.Equals(finding.Group, acceptance.Target, StringComparison.Ordinal);
        }

        var subject = finding.Components[0];
        if (string.Equals(subject, acceptance.Target, StringComparison.Ordinal))
        {
            return true;
        }

        // A part is covered by an acceptance on its owner; a replica by one on its group.
        var owner = model.FindComponent(model.TopLevelOwner(subject));
        return owner is not null
            && (string.Equals(owner.Name, acceptance.Target, StringComparison.Ordinal)
                || string.Equals(owner.Group, acceptance.Target, StringComparison.Ordinal));
    }
}
