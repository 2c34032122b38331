using System;
using System.Diagnostics;
using System.Globalization;

namespace HaRules.Cli;

/// <summary>
/// The heap limit of the worker process that runs the designs. Without one, a design that
/// allocates without end would take the whole machine (and its swap) before the runtime gave up;
/// with one, it gets an <see cref="OutOfMemoryException"/> in its own code, which is HA006 at its
/// line, and the other designs are still checked.
/// </summary>
internal static class WorkerMemory
{
    /// <summary>One mebibyte.</summary>
    public const long Megabyte = 1024L * 1024;

    /// <summary>The smallest limit accepted: the runtime, the engine and a small design need about this much.</summary>
    public const long Smallest = 64 * Megabyte;

    // The runtime reads its heap limit from this variable, in hexadecimal bytes.
    private const string HeapHardLimitVariable = "DOTNET_GCHeapHardLimit";

    /// <summary>Three quarters of the memory this process may use: room for the command itself and the rest of the machine.</summary>
    public static long DefaultLimit => Math.Max(Smallest, GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 4 * 3);

    /// <summary>Reads <c>512MB</c>, <c>4GB</c>, <c>4 GiB</c> or a number of bytes; false for anything else or less than <see cref="Smallest"/>.</summary>
    public static bool TryParse(string text, out long bytes)
    {
        bytes = 0;
        var trimmed = text.Trim().ToUpperInvariant().Replace(" ", string.Empty, StringComparison.Ordinal);
        var unit = 1L;
        foreach (var (suffix, factor) in new[] { ("GIB", 1024 * Megabyte), ("GB", 1024 * Megabyte), ("G", 1024 * Megabyte), ("MIB", Megabyte), ("MB", Megabyte), ("M", Megabyte) })
        {
            if (trimmed.EndsWith(suffix, StringComparison.Ordinal))
            {
                trimmed = trimmed.Substring(0, trimmed.Length - suffix.Length);
                unit = factor;
                break;
            }
        }

        if (!double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var amount)
            || double.IsNaN(amount) || amount * unit < Smallest || amount * unit > long.MaxValue / 2)
        {
            return false;
        }

        bytes = (long)(amount * unit);
        return true;
    }

    /// <summary>Gives the worker its heap limit: the one asked for, else one set in the environment, else the default.</summary>
    public static void Apply(ProcessStartInfo worker, long? limit)
    {
        if (limit is null && !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(HeapHardLimitVariable)))
        {
            return;
        }

        worker.Environment[HeapHardLimitVariable] = (limit ?? DefaultLimit).ToString("X", CultureInfo.InvariantCulture);
    }
}
