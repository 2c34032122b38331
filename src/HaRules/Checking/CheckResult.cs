using System;
using System.Collections.Generic;
using System.Linq;
using HaRules.Findings;
using HaRules.Model;
using HaRules.Reliability;

namespace HaRules.Checking;

/// <summary>The outcome of checking one design: its model, its findings (accepted ones included) and its graph analyses.</summary>
public sealed class CheckResult
{
    private readonly Lazy<ReliabilityAnalysis> _reliability;

    /// <summary>Creates a result; the graph analyses are computed when first asked for.</summary>
    public CheckResult(DesignModel model, IEnumerable<Finding> findings)
        : this(model, findings, new Lazy<ReliabilityAnalysis>(() => ReliabilityAnalysis.Analyze(model)))
    {
    }

    private CheckResult(DesignModel model, IEnumerable<Finding> findings, Lazy<ReliabilityAnalysis> reliability)
    {
        Model = model;
        Findings = findings.ToArray();
        _reliability = reliability;
    }

    /// <summary>The checked design.</summary>
    public DesignModel Model { get; }

    /// <summary>Every finding in report order; accepted ones are marked <see cref="Finding.Accepted"/>.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>The findings that count: those not accepted.</summary>
    public IEnumerable<Finding> Active => Findings.Where(f => !f.Accepted);

    /// <summary>The graph analyses the rules used (computed once, shared with the reports).</summary>
    public ReliabilityAnalysis Reliability => _reliability.Value;

    /// <summary>This result with other findings (e.g. after severities are configured), keeping its analyses.</summary>
    public CheckResult WithFindings(IEnumerable<Finding> findings) => new(Model, findings, _reliability);

    internal static CheckResult Create(DesignModel model, IEnumerable<Finding> findings, Func<ReliabilityAnalysis> reliability) =>
        new(model, findings, new Lazy<ReliabilityAnalysis>(reliability));
}
