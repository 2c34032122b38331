using System.Collections.Generic;
using System.Linq;
using HaRules.Findings;
using HaRules.Model;

namespace HaRules.Checking;

/// <summary>The outcome of checking one design: its model and its findings, accepted ones included.</summary>
public sealed class CheckResult
{
    /// <summary>Creates a result.</summary>
    public CheckResult(DesignModel model, IEnumerable<Finding> findings)
    {
        Model = model;
        Findings = findings.ToArray();
    }

    /// <summary>The checked design.</summary>
    public DesignModel Model { get; }

    /// <summary>Every finding in report order; accepted ones are marked <see cref="Finding.Accepted"/>.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>The findings that count: those not accepted.</summary>
    public IEnumerable<Finding> Active => Findings.Where(f => !f.Accepted);
}
