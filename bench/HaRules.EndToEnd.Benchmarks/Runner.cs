using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using HaRules.Bench.Designs;

namespace HaRules.EndToEnd.Benchmarks;

/// <summary>What one measured process did.</summary>
internal sealed record Run(double WallSeconds, long PeakKb, int ExitCode, IReadOnlyDictionary<string, string> Result, IReadOnlyList<KeyValuePair<string, double>> Phases, double StartMilliseconds, double CpuMilliseconds)
{
    /// <summary>Milliseconds the runtime spent compiling code (inside the phases' times).</summary>
    public double JitMilliseconds { get; init; }

    /// <summary>Milliseconds the process was paused for garbage collection (inside the phases' times).</summary>
    public double GcPauseMilliseconds { get; init; }

    /// <summary>Garbage collections of generations 0, 1 and 2.</summary>
    public string Collections { get; init; } = string.Empty;
}

/// <summary>Starts the measured processes one at a time and reads their peak memory and timings.</summary>
internal static class Runner
{
    private static readonly string Directory = AppContext.BaseDirectory;

    /// <summary>The design alone, in this benchmark's own executable.</summary>
    public static Run Alone(DesignCase @case)
    {
        var info = Dotnet(typeof(Program).Assembly.Location, @case);
        info.ArgumentList.Add("--alone");
        info.ArgumentList.Add(@case.Shape.ToString());
        return Measure(info, timings: null);
    }

    /// <summary>
    /// <c>harules check</c> on the design with the given formats, with an hour's timeout: on a
    /// loaded machine the default minute can pass, and the design would be set aside (HA006)
    /// instead of checked.
    /// </summary>
    public static Run Check(DesignCase @case, IReadOnlyList<string> formats)
    {
        var output = Path.Combine(Path.GetTempPath(), "harules-e2e-" + Environment.ProcessId);
        System.IO.Directory.CreateDirectory(output);
        var info = Dotnet(Path.Combine(Directory, "HaRules.Cli.dll"), @case);
        foreach (var argument in new[] { "check", Path.Combine(Directory, "HaRules.Bench.Designs.dll"), "--design", DesignClass(@case.Shape), "--fail-on", "never", "--output", output, "--timeout", "3600" })
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var format in formats)
        {
            info.ArgumentList.Add("--format");
            info.ArgumentList.Add(format);
        }

        var timings = Path.Combine(output, "timings.json");
        File.Delete(timings);
        info.Environment["HARULES_TIMINGS"] = timings;
        try
        {
            return Measure(info, timings);
        }
        finally
        {
            System.IO.Directory.Delete(output, recursive: true);
        }
    }

    private static string DesignClass(DesignShape shape) => shape + "Design";

    private static ProcessStartInfo Dotnet(string assembly, DesignCase @case)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        info.ArgumentList.Add(assembly);
        info.Environment[BenchDesign.SizeVariable] = @case.Size.ToString(CultureInfo.InvariantCulture);
        return info;
    }

    private static Run Measure(ProcessStartInfo info, string? timings)
    {
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        var lines = new List<string>();
        var reader = new Thread(() =>
        {
            while (process.StandardOutput.ReadLine() is { } line)
            {
                lines.Add(line);
            }
        });
        reader.Start();
        var peak = 0L;
        while (!process.WaitForExit(20))
        {
            peak = Math.Max(peak, HighWaterMark(process.Id));
        }

        var wall = clock.Elapsed.TotalSeconds;
        reader.Join();
        var result = lines.LastOrDefault(l => l.StartsWith("RESULT ", StringComparison.Ordinal)) is { } r
            ? r.Substring(7).Split(' ').Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1])
            : new Dictionary<string, string>();
        var phases = new List<KeyValuePair<string, double>>();
        var start = 0.0;
        var cpu = 0.0;
        var (jit, gc, collections) = (0.0, 0.0, string.Empty);
        if (timings is not null && File.Exists(timings))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(timings));
            start = json.RootElement.GetProperty("process start").GetDouble();
            peak = Math.Max(peak, json.RootElement.GetProperty("peakRssKb").GetInt64());
            cpu = json.RootElement.TryGetProperty("cpuMs", out var worker) ? worker.GetDouble() : 0;
            if (json.RootElement.TryGetProperty("jitMs", out var compiling))
            {
                jit = compiling.GetDouble();
                gc = json.RootElement.GetProperty("gcPauseMs").GetDouble();
                collections = string.Join("/", json.RootElement.GetProperty("collections").EnumerateArray().Select(c => c.GetInt32()));
            }

            phases.AddRange(json.RootElement.GetProperty("phases").EnumerateObject().Select(p => new KeyValuePair<string, double>(p.Name, p.Value.GetDouble())));
        }

        if (result.TryGetValue("peakKb", out var reported))
        {
            peak = Math.Max(peak, long.Parse(reported, CultureInfo.InvariantCulture));
        }

        if (result.TryGetValue("cpuMs", out var alone))
        {
            cpu = double.Parse(alone, CultureInfo.InvariantCulture);
        }

        if (result.TryGetValue("jitMs", out var aloneJit))
        {
            jit = double.Parse(aloneJit, CultureInfo.InvariantCulture);
            gc = double.Parse(result["gcPauseMs"], CultureInfo.InvariantCulture);
            collections = result["collections"];
        }

        return new Run(wall, peak, process.ExitCode, result, phases, start, cpu) { JitMilliseconds = jit, GcPauseMilliseconds = gc, Collections = collections };
    }

    // The kernel's high-water mark of the process's resident set, in kB (0 once it has exited).
    public static long HighWaterMark(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line.Substring(6).Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                }
            }
        }
        catch (IOException)
        {
        }

        return 0;
    }
}
