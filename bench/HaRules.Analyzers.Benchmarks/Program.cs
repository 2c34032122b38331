using System;
using System.IO;
using HaRules.Analyzers.Benchmarks;

// Usage: HaRules.Analyzers.Benchmarks [repository root]. Prints a Markdown table.
var root = args.Length > 0 ? args[0] : FindRoot(AppContext.BaseDirectory);
var bench = new AnalyzerBench(iterations: 40);
Console.WriteLine("| design | lines | read + check (median) | read + check (p90) | compile, no analyzer (median) | compile + HaRules analyzer (median) |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|");
bench.Design("reference design (WebShop), warm", File.ReadAllText(Path.Combine(root, "samples", "WebShop", "WebShopDesign.cs")));
bench.Design("generated design, ~1k lines", GeneratedDesigns.Design(1_000));
bench.Design("generated design, ~10k lines", GeneratedDesigns.Design(10_000), iterations: 10);
Console.WriteLine();
Console.WriteLine("| project without designs | lines | compile, no analyzer (median) | compile + an empty analyzer (median) | compile + HaRules analyzer (median) |");
Console.WriteLine("|---|---:|---:|---:|---:|");
bench.NoDesign("references HaRules, 200 plain classes", GeneratedDesigns.PlainClasses(200), withHaRules: true);
bench.NoDesign("does not reference HaRules, 200 plain classes", GeneratedDesigns.PlainClasses(200), withHaRules: false);

static string FindRoot(string start)
{
    for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "HaRules.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("run from inside the repository or pass its root");
}
