using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;
using HaRules.Internal;

namespace HaRules.Cli;

/// <summary>
/// A diagnostic for the end-to-end benchmark (bench/HaRules.EndToEnd.Benchmarks): when the
/// environment variable <c>HARULES_TIMINGS</c> names a file, <c>harules check</c> writes there, as
/// JSON, the milliseconds from process start to the check, each phase's own time, the process's
/// processor time (user and system: a measure a loaded machine distorts less than wall time), how
/// much of it went to compiling code and to pauses for garbage collection (both already inside the
/// phases' times), the number of collections per generation, what each phase allocated, and the
/// peak resident memory. Not an option, so the command line's surface stays what users see.
/// </summary>
internal sealed class CheckTimings : IDisposable
{
    /// <summary>The environment variable naming the timings file.</summary>
    public const string Variable = "HARULES_TIMINGS";

    private readonly string _file;
    private readonly double _startupMilliseconds;

    private CheckTimings(string file)
    {
        _file = file;
        using var self = Process.GetCurrentProcess();
        _startupMilliseconds = (DateTime.Now - self.StartTime).TotalMilliseconds;
        PhaseClock.Enable(() => GC.GetTotalAllocatedBytes(precise: false));
    }

    /// <summary>Starts timing when <c>HARULES_TIMINGS</c> is set; null otherwise.</summary>
    public static CheckTimings? StartIfAsked() =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } file ? new CheckTimings(file) : null;

    /// <summary>Writes the timings file.</summary>
    public void Dispose()
    {
        var json = new StringBuilder();
        json.Append("{\"process start\":").Append(Number(_startupMilliseconds)).Append(",\"phases\":{");
        var first = true;
        foreach (var phase in PhaseClock.Milliseconds())
        {
            json.Append(first ? string.Empty : ",").Append('"').Append(phase.Key).Append("\":").Append(Number(phase.Value));
            first = false;
        }

        json.Append("},\"allocatedMb\":{");
        first = true;
        foreach (var phase in PhaseClock.AllocatedBytes())
        {
            json.Append(first ? string.Empty : ",").Append('"').Append(phase.Key).Append("\":").Append(Number(phase.Value / (1024.0 * 1024.0)));
            first = false;
        }

        using var self = Process.GetCurrentProcess();
        json.Append("},\"cpuMs\":").Append(Number(self.TotalProcessorTime.TotalMilliseconds));
        json.Append(",\"jitMs\":").Append(Number(System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds));
        json.Append(",\"jitMethods\":").Append(System.Runtime.JitInfo.GetCompiledMethodCount().ToString(CultureInfo.InvariantCulture));
        json.Append(",\"gcPauseMs\":").Append(Number(GC.GetTotalPauseDuration().TotalMilliseconds));
        json.Append(",\"collections\":[").Append(GC.CollectionCount(0)).Append(',').Append(GC.CollectionCount(1)).Append(',').Append(GC.CollectionCount(2)).Append(']');
        json.Append(",\"peakRssKb\":").Append(PeakResidentKilobytes().ToString(CultureInfo.InvariantCulture)).Append('}');
        File.WriteAllText(_file, json.ToString());
    }

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    // Linux reports the high-water mark of the resident set; elsewhere the peak working set.
    private static long PeakResidentKilobytes()
    {
        const string status = "/proc/self/status";
        if (File.Exists(status))
        {
            foreach (var line in File.ReadLines(status))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line.Substring(6).Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                }
            }
        }

        using var self = Process.GetCurrentProcess();
        return self.PeakWorkingSet64 / 1024;
    }
}
