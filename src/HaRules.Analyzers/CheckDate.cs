using System;
using System.Globalization;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HaRules.Analyzers;

/// <summary>
/// The date acceptance expiry is compared with: the MSBuild property <c>HaRulesToday</c> (made
/// visible to the compiler by HaRules.props as <c>build_property.HaRulesToday</c>), as the build task
/// reads it, or the current UTC date when it is unset or not an ISO date.
/// </summary>
internal static class CheckDate
{
    public const string PropertyKey = "build_property.HaRulesToday";

    public static DateTime? From(AnalyzerConfigOptions options) =>
        options.TryGetValue(PropertyKey, out var value) ? Parse(value) : null;

    public static DateTime? Parse(string? value) =>
        DateTime.TryParseExact(value?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
