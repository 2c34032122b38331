using System;
using System.Collections.Generic;
using System.Linq;
using HaRules.Checking;
using HaRules.Findings;
using HaRules.Model;
using Xunit;

namespace HaRules.Tests.Checking;

/// <summary>
/// The checker's order and dedupe compare findings field by field; these check them against the
/// string keys they replaced (the names joined, the key, message and location concatenated), on
/// findings whose names contain the separators, are empty, or are prefixes of one another.
/// </summary>
public sealed class FindingOrderTests
{
    private static readonly string[] Names = { "", "a", "a,b", "b", "a\u0001b", "ab", "a-1", "a-10", ",", "\u0001", "b,c" };

    [Fact]
    public void Joined_names_compare_as_the_joined_strings_do()
    {
        var lists = NameLists().ToList();
        foreach (var separator in new[] { ',', '\u0001' })
        {
            foreach (var a in lists)
            {
                foreach (var b in lists)
                {
                    var expected = Math.Sign(string.CompareOrdinal(string.Join(separator, a), string.Join(separator, b)));
                    Assert.Equal(expected, Math.Sign(JoinedNames.Compare(a, b, separator)));
                    if (expected == 0)
                    {
                        Assert.Equal(JoinedNames.Hash(a, separator), JoinedNames.Hash(b, separator));
                    }
                }

                Assert.Equal(string.Join(separator, a).Length, JoinedNames.Length(a));
            }
        }
    }

    [Fact]
    public void The_order_is_the_one_of_the_sort_keys_it_replaced_ties_kept_in_input_order()
    {
        var findings = RandomFindings(new Random(14), 3000);
        var expected = findings
            .OrderBy(f => f.Location.File, StringComparer.Ordinal)
            .ThenBy(f => f.Location.Line)
            .ThenBy(f => f.Location.Column)
            .ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ThenBy(f => string.Join("\u0001", f.Components), StringComparer.Ordinal)
            .ThenBy(f => f.Message, StringComparer.Ordinal)
            .ToList();

        var actual = DesignChecker.Order(findings).ToList();

        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Same(expected[i], actual[i]);
        }
    }

    [Fact]
    public void Two_findings_are_the_same_exactly_when_their_old_key_strings_are_equal()
    {
        var findings = RandomFindings(new Random(26), 600);
        foreach (var x in findings)
        {
            foreach (var y in findings)
            {
                var expected = string.Equals(OldKey(x), OldKey(y), StringComparison.Ordinal);
                Assert.Equal(expected, FindingComparers.Identity.Equals(x, y));
                if (expected)
                {
                    Assert.Equal(FindingComparers.Identity.GetHashCode(x), FindingComparers.Identity.GetHashCode(y));
                }
            }
        }
    }

    private static string OldKey(Finding finding) => finding.Key + "\u0001" + finding.Message + "\u0001" + finding.Location;

    private static IEnumerable<string[]> NameLists()
    {
        yield return Array.Empty<string>();
        foreach (var a in Names)
        {
            yield return new[] { a };
            foreach (var b in Names)
            {
                yield return new[] { a, b };
                yield return new[] { a, b, "c" };
            }
        }
    }

    // Few distinct values per field, so that many findings tie on the first keys and some are duplicates.
    private static List<Finding> RandomFindings(Random random, int count)
    {
        var files = new[] { "", "a.cs", "b.cs" };
        var rules = new[] { "HA101", "HA102", "HA201" };
        var messages = new[] { "m", "m2", "" };
        var findings = new List<Finding>();
        for (var i = 0; i < count; i++)
        {
            var names = Enumerable.Range(0, random.Next(0, 4)).Select(_ => Names[random.Next(Names.Length)]).ToArray();
            findings.Add(new Finding(
                rules[random.Next(rules.Length)],
                Severity.Warning,
                messages[random.Next(messages.Length)],
                names,
                new SourceLocation(files[random.Next(files.Length)], random.Next(0, 3), random.Next(0, 3))));
        }

        return findings;
    }
}
