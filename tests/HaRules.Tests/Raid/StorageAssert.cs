using System;
using System.Globalization;
using Xunit.Sdk;

namespace HaRules.Tests.Raid;

/// <summary>Comparisons of computed figures with expected ones, to a relative tolerance.</summary>
internal static class StorageAssert
{
    /// <summary>The relative error every RAID figure must stay within.</summary>
    public const double Tolerance = 1e-9;

    /// <summary>Both null, or both numbers within <paramref name="relative"/> of each other (exact for an expected zero).</summary>
    public static void Close(double? expected, double? actual, string what, double relative = Tolerance)
    {
        if (expected is null || actual is null)
        {
            if (expected is not null || actual is not null)
            {
                throw new XunitException($"{what}: expected {Show(expected)}, got {Show(actual)}");
            }

            return;
        }

        var e = expected.Value;
        var a = actual.Value;
        var ok = e == 0 ? a == 0 : Math.Abs(a - e) <= relative * Math.Abs(e);
        if (!ok || double.IsNaN(a) || double.IsInfinity(a))
        {
            throw new XunitException($"{what}: expected {Show(e)}, got {Show(a)} (relative error {Show(Math.Abs(a - e) / Math.Abs(e))})");
        }
    }

    /// <summary>Both null, or the same whole number.</summary>
    public static void Exact(long? expected, long? actual, string what)
    {
        if (expected != actual)
        {
            throw new XunitException($"{what}: expected {Show(expected)}, got {Show(actual)}");
        }
    }

    private static string Show(double? value) => value is null ? "null" : value.Value.ToString("R", CultureInfo.InvariantCulture);

    private static string Show(long? value) => value is null ? "null" : value.Value.ToString(CultureInfo.InvariantCulture);
}
