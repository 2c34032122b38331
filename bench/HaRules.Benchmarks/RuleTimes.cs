using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using HaRules.Bench.Designs;
using HaRules.Model;
using HaRules.Rules;
using HaRules.Rules.Common;
using HaRules.Rules.Validity;

namespace HaRules.Benchmarks;

/// <summary>
/// <c>-- --rules fleet:100k</c>: each built-in rule alone on one design (the graph analyses
/// computed beforehand, as the rules share them), beside a plain traversal of the model's
/// relations — every component, its relations, each target resolved, its parts — which no rule
/// reading relations can do with less. Best of at least three runs and one second, after a
/// collection each. The per-model index of declared components by kind (DeclaredByKind) is built
/// before, like the analyses, and timed on its own line.
/// </summary>
internal static class RuleTimes
{
    public static void Run(int size, DesignShape shape, TextWriter output)
    {
        var model = DesignGenerator.Generate(size, shape);
        var reliability = new RuleContext(model, DateTime.UtcNow).Reliability;
        var traversal = Best(() => Traverse(model));
        output.WriteLine(FormattableString.Invariant($"{shape.ToString().ToLowerInvariant()}, {model.Components.Count:N0} model components; plain traversal of the relations {Ms(traversal)}"));
        var index = Best(() => Copy(model), copy => DeclaredByKind.Of(copy));
        output.WriteLine(FormattableString.Invariant($"index of declared components by kind (built once per model, shared by every rule) {Ms(index)}, {index / traversal:0.0}× the traversal"));
        _ = DeclaredByKind.Of(model);
        output.WriteLine();
        output.WriteLine("| rule | time | rule / traversal |");
        output.WriteLine("|---|---:|---:|");
        foreach (var rule in BuiltInRules.Create())
        {
            // The dependency cycles are found once per model (HA005 and the graph builder share
            // them): HA005 is timed on a fresh copy of the model each run, so it pays for the search.
            // Every other rule gets a fresh context each run (the analyses kept), so it pays for the
            // views of the model it shares with other rules in a check (HA102 runs the rules it defers to).
            var time = rule is DependencyCycleRule
                ? Best(() => Copy(model), copy => rule.Check(new RuleContext(copy, DateTime.UtcNow)).Count())
                : Best(() => rule.Check(new RuleContext(model, DateTime.UtcNow, reliability)).Count());
            output.WriteLine(FormattableString.Invariant($"| {rule.Descriptor.Id} {rule.GetType().Name} | {Ms(time)} | {time / traversal:0.0}× |"));
        }
    }

    /// <summary>Every component, each relation from it with its targets resolved, and its parts.</summary>
    private static int Traverse(DesignModel model)
    {
        var reached = 0;
        foreach (var component in model.Components)
        {
            foreach (var relation in model.RelationsFrom(component.Name))
            {
                foreach (var target in relation.Targets)
                {
                    reached += model.Resolve(target).Count;
                }
            }

            reached += model.PartsOf(component.Name).Count;
        }

        return reached;
    }

    private static DesignModel Copy(DesignModel model) =>
        new(model.Name, model.Components, model.Groups, model.Relations, model.Acceptances, model.Problems);

    private static double Best<T>(Func<T> setUp, Action<T> action)
    {
        var best = double.MaxValue;
        var wall = Stopwatch.StartNew();
        for (var runs = 0; runs < 3 || wall.Elapsed.TotalSeconds < 1; runs++)
        {
            var input = setUp();
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var clock = Stopwatch.StartNew();
            action(input);
            best = Math.Min(best, clock.Elapsed.TotalSeconds);
        }

        return best;
    }

    private static double Best(Action action)
    {
        var best = double.MaxValue;
        var wall = Stopwatch.StartNew();
        for (var runs = 0; runs < 3 || wall.Elapsed.TotalSeconds < 1; runs++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var clock = Stopwatch.StartNew();
            action();
            best = Math.Min(best, clock.Elapsed.TotalSeconds);
        }

        return best;
    }

    private static string Ms(double seconds) => (seconds * 1000).ToString("0.0", CultureInfo.InvariantCulture) + " ms";
}
