using System;
using System.IO;
using System.Runtime.CompilerServices;
using HaRules.Checking;
using HaRules.Running;
using HaRules.Model;
using Samples.FragileShop;
using Samples.WebShop;

namespace HaRules.Reporting.Tests;

/// <summary>Checked designs for the report tests, on a fixed date, with paths relative to the repository root.</summary>
public static class Reports
{
    public static readonly DateTime Today = new(2026, 11, 25);

    public static ReportPaths Paths => new(RepositoryRoot());

    public static DesignReport Sample(string name) => Check(name switch
    {
        "WebShop" => DesignEvaluator.Evaluate(new WebShopDesign()),
        "FragileShop" => DesignEvaluator.Evaluate(new FragileShopDesign()),
        _ => throw new ArgumentException(name),
    });

    public static DesignReport Check(DesignModel model) =>
        new(DesignChecker.Check(new SourceColumns().Resolve(model), new CheckOptions { Today = Today }));

    public static DesignReport Check(DesignBuilder design) => Check(design.Build());

    public static string RepositoryRoot() => Root();

    private static string Root([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", ".."));
}
