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
    private readonly IReadOnlyList<Finding> _findings;
    private readonly Dictionary<string, List<int>> _byName = new(StringComparer.Ordinal);

    public FindingsByComponent(IReadOnlyList<Finding> findings)
    {
        _findings = findings;
        for (var i = 0; i < findings.Count; i++)
        {
            foreach (var name in findings[i].Components)
            {
                if (!_byName.TryGetValue(name, out var list))
                {
                    _byName.Add(name, list = new List<int>());
                }

                if (list.Count == 0 || list[list.Count - 1] != i)
                {
                    list.Add(i);
                }
            }
        }
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
