using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using HaRules.Findings;
using HaRules.Reporting;
using HaRules.Reporting.Baseline;

namespace HaRules.Cli;

/// <summary><c>--baseline</c>: the active findings that count towards <c>--fail-on</c> are those the baseline does not hold.</summary>
public static class BaselineFilter
{
    /// <summary>The active findings not in the baseline file (all of them when there is none).</summary>
    /// <exception cref="CliException">The baseline file is missing or is not a baseline.</exception>
    public static IReadOnlyList<Finding> Counted(IReadOnlyList<DesignReport> reports, string? baselineFile, TextWriter stdout)
    {
        var active = reports.SelectMany(r => r.Result.Active.Select(f => (Design: r.Result.Model.Name, Finding: f))).ToList();
        if (baselineFile is null)
        {
            return active.Select(x => x.Finding).ToList();
        }

        var baseline = Read(baselineFile);
        var counted = active.Where(x => !baseline.Contains(x.Design, x.Finding)).Select(x => x.Finding).ToList();
        stdout.WriteLine($"Baseline {baselineFile}: {active.Count - counted.Count} known findings not counted, {counted.Count} new");
        return counted;
    }

    private static FindingBaseline Read(string file)
    {
        if (!File.Exists(file))
        {
            throw new CliException($"baseline {file} does not exist");
        }

        try
        {
            return FindingBaseline.Parse(File.ReadAllText(file));
        }
        catch (FormatException ex)
        {
            throw new CliException($"{file}: {ex.Message}");
        }
    }
}
