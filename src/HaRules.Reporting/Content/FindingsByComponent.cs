using System;
using System.Collections.Generic;
using HaRules.Findings;
using HaRules.Reliability;

namespace HaRules.Reporting.Content;

/// <summary>
/// The findings that name each component, built once per report: which findings a fix resolves
/// (those naming its target or one of its components) is then found through the fix's own names, not by scanning
/// every finding once per fix (a whole ranking at data-centre scale is hundreds of fixes over
/// tens of thousands of findings).
/// </summary>
internal sealed class FindingsByComponent
{
    // The findings that name an indexed component, in their order; the index lists point into it.
    private readonly List<Finding> _findings = new();
    private readonly Dictionary<string, List<int>> _byName = new(StringComparer.Ordinal);

    // Indexes only the names in only.
    private FindingsByComponent(IEnumerable<Finding> findings, HashSet<string> only)
    {
        foreach (var finding in findings)
        {
            var at = -1;
            foreach (var name in finding.Components)
            {
                if (!only.Contains(name))
                {
                    continue;
                }

                if (at < 0)
                {
                    at = _findings.Count;
                    _findings.Add(finding);
                }

                if (!_byName.TryGetValue(name, out var list))
                {
                    _byName.Add(name, list = new List<int>());
                }

                if (list.Count == 0 || list[list.Count - 1] != at)
                {
                    list.Add(at);
                }
            }
        }
    }

    /// <summary>
    /// Indexes only the names of <paramref name="fixes"/> (the engine's ranking), so that
    /// <see cref="Resolved"/> answers for them alone: a report need not index every component of
    /// tens of thousands of findings.
    /// </summary>
    public static FindingsByComponent For(IEnumerable<Finding> findings, IEnumerable<Fix> fixes)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fix in fixes)
        {
            names.Add(fix.Target);
            names.UnionWith(fix.Components);
        }

        return new FindingsByComponent(findings, names);
    }

    /// <summary>The findings that name the fix's target or one of its components, in their order.</summary>
    public IReadOnlyList<Finding> Resolved(Fix fix)
    {
        var indices = new List<int>();
        Add(indices, fix.Target);
        foreach (var component in fix.Components)
        {
            Add(indices, component);
        }

        indices.Sort();
        var result = new List<Finding>(indices.Count);
        for (var i = 0; i < indices.Count; i++)
        {
            if (i == 0 || indices[i] != indices[i - 1])
            {
                result.Add(_findings[indices[i]]);
            }
        }

        return result;
    }

    private void Add(List<int> indices, string name)
    {
        if (_byName.TryGetValue(name, out var list))
        {
            indices.AddRange(list);
        }
    }
}
