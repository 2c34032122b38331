using System;
using System.Collections.Generic;
using System.CommandLine.Parsing;
using HaRules.Bench.Designs;

namespace HaRules.Benchmarks.Shared;

/// <summary>
/// Reads the benchmarks' design cases on their command lines (a source file both benchmarks
/// compile, so the design assembly itself needs no command-line library).
/// </summary>
internal static class DesignCaseArguments
{
    /// <summary>Every token as a case; an error on the first that is not one.</summary>
    public static DesignCase[] Many(ArgumentResult result)
    {
        var cases = new List<DesignCase>();
        foreach (var token in result.Tokens)
        {
            if (!DesignCase.TryParse(token.Value, out var @case, out var error))
            {
                result.AddError(error);
                return Array.Empty<DesignCase>();
            }

            cases.Add(@case);
        }

        return cases.ToArray();
    }

    /// <summary>An option's single case.</summary>
    public static DesignCase? One(ArgumentResult result) => Many(result) is [var single] ? single : null;
}
