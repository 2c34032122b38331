using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading.Tasks;

namespace HaRules.Cli;

/// <summary>
/// Runs <c>harules check</c> in a child process of its own command line (a "worker", given the
/// hidden <c>--worker-*</c> options) and watches it, so that nothing a design does can take the
/// command down: a design that overflows the stack, exhausts memory, ends the process or runs past
/// <c>--timeout</c> (running it, building its model and checking it) is named in HA006, and the check
/// is run again with that design set aside, until every other design is checked. The worker writes
/// what it is doing to a progress file: a <c>design</c> line before each design, <c>done</c> after
/// it, <c>reports</c> before writing the reports and <c>end</c> when it has finished.
/// </summary>
internal static class DesignIsolation
{
    // Kept of a crashed worker's standard error to tell the cause: a stack overflow prints the
    // repeated frames, which can run to megabytes.
    private const int KeptErrorCharacters = 64 * 1024;

    // Kept of a worker's standard output: far more than the findings of the largest design, while
    // a design that prints without end cannot fill this process's memory.
    private const int KeptOutputCharacters = 32 * 1024 * 1024;

    private static readonly TimeSpan MinimumOtherBound = TimeSpan.FromMinutes(2);

    /// <summary>Checks the assembly in workers; returns the exit status of the last one, whose output is relayed.</summary>
    public static int Supervise(CheckArguments arguments, string assemblyPath, TextWriter stdout, TextWriter stderr)
    {
        var failed = new Dictionary<string, string>(StringComparer.Ordinal);
        var directory = Path.Combine(Path.GetTempPath(), "harules-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            // Each run either finishes or sets one more design aside, so this ends.
            for (var run = 0; ; run++)
            {
                var progressFile = Path.Combine(directory, $"progress-{run.ToString(CultureInfo.InvariantCulture)}.txt");
                var outcome = RunWorker(arguments, assemblyPath, progressFile, failed);
                if (outcome.Finished)
                {
                    stdout.Write(outcome.Output);
                    stderr.Write(outcome.Errors);
                    return outcome.ExitCode;
                }

                if (outcome.Design is not { } design || failed.ContainsKey(design))
                {
                    throw new CliException(outcome.Cause);
                }

                failed[design] = outcome.Cause;
            }
        }
        finally
        {
            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A temporary folder left behind is no reason to fail the check.
            }
        }
    }

    private static Outcome RunWorker(CheckArguments arguments, string assemblyPath, string progressFile, IReadOnlyDictionary<string, string> failed)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
        };
        WorkerMemory.Apply(start, arguments.MemoryLimit);
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(typeof(DesignIsolation).Assembly.Location);
        foreach (var token in arguments.CommandLine)
        {
            start.ArgumentList.Add(token);
        }

        start.ArgumentList.Add(CheckCommandLine.WorkerAssemblyOption);
        start.ArgumentList.Add(Path.GetFullPath(assemblyPath));
        start.ArgumentList.Add(CheckCommandLine.WorkerProgressOption);
        start.ArgumentList.Add(progressFile);
        foreach (var (design, cause) in failed)
        {
            start.ArgumentList.Add(CheckCommandLine.WorkerFailedOption);
            start.ArgumentList.Add(design + "=" + cause);
        }

        using var process = Process.Start(start) ?? throw new CliException("the check could not start its worker process");
        process.StandardInput.Close();
        var output = ReadKeptAsync(process.StandardOutput, KeptOutputCharacters);
        var errors = ReadKeptAsync(process.StandardError, KeptErrorCharacters);
        var progress = new ProgressReader(progressFile);
        var phaseStarted = Stopwatch.StartNew();
        var phase = progress.Current;
        var timedOut = false;
        while (!process.WaitForExit(100))
        {
            progress.Refresh();
            if (!Equals(progress.Current, phase))
            {
                phase = progress.Current;
                phaseStarted.Restart();
            }
            else if (phase.Kind != "end" && phaseStarted.Elapsed > Bound(phase, arguments.Timeout))
            {
                timedOut = true;
                Stop(process);
                break;
            }
        }

        process.WaitForExit();
        progress.Refresh();
        var kept = errors.Result;
        if (!timedOut && progress.Current.Kind == "end")
        {
            var printed = output.Result;
            var errorsText = printed.Cut ? kept.Text + $"The check printed more than {KeptOutputCharacters} characters; the rest was left out.{Environment.NewLine}" : kept.Text;
            return new Outcome(true, process.ExitCode, printed.Text, errorsText, null, string.Empty);
        }

        var seconds = arguments.Timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
        var current = progress.Current;
        if (current.Kind == "design")
        {
            var name = current.Argument;
            var simple = name.Substring(name.LastIndexOf('.') + 1);
            var cause = timedOut
                ? $"design {simple} did not finish within {seconds} s (running it, building its model and checking it); it was stopped (does Describe loop forever or wait on something?)"
                : $"design {simple} could not be evaluated: {CrashCause(process.ExitCode, kept.Text)}; it ran in a process of its own, so the other designs were still checked";
            return new Outcome(false, process.ExitCode, string.Empty, kept.Text, name, cause);
        }

        var during = current.Kind switch
        {
            "reports" => "writing the reports",
            "done" => "checking the designs",
            _ => "loading the design assembly",
        };
        var bound = Bound(current, arguments.Timeout).TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
        return new Outcome(false, process.ExitCode, string.Empty, kept.Text, null, timedOut
            ? $"{during} did not finish within {bound} s"
            : $"the check crashed while {during}: {CrashCause(process.ExitCode, kept.Text)}");
    }

    // A design (running it, building its model, checking it) gets the timeout; starting the
    // worker and writing the reports, which no design's code runs in, get at least two minutes, so
    // a loaded machine does not fail a check for its own slowness.
    private static TimeSpan Bound(Phase phase, TimeSpan timeout) =>
        phase.Kind == "design" || timeout > MinimumOtherBound ? timeout : MinimumOtherBound;

    /// <summary>What ended a worker, from its exit status and the start of its standard error.</summary>
    internal static string CrashCause(int exitCode, string errors)
    {
        var lines = errors.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var overflow = lines.FindIndex(l => l.StartsWith("Stack overflow", StringComparison.Ordinal));
        if (overflow >= 0)
        {
            var frame = lines.Skip(overflow + 1).FirstOrDefault(l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal));
            return frame is null ? "its code overflowed the stack" : $"its code overflowed the stack in {frame.Trim().Substring(3)}";
        }

        if (lines.Any(l => l.Contains("OutOfMemoryException", StringComparison.Ordinal) || l.StartsWith("Out of memory", StringComparison.Ordinal)))
        {
            return "it ran out of memory";
        }

        var unhandled = lines.FirstOrDefault(l => l.StartsWith("Unhandled exception. ", StringComparison.Ordinal));
        if (unhandled is not null)
        {
            return "its code threw on another thread, which ends the process: " + unhandled.Substring("Unhandled exception. ".Length).Trim();
        }

        var code = exitCode.ToString(CultureInfo.InvariantCulture);
        return exitCode == 137 || exitCode == -9
            ? $"its process was killed (exit status {code}), most likely for running out of memory"
            : $"its code ended the process (exit status {code})";
    }

    // The process and any it started; only what this command started is stopped.
    private static void Stop(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It ended by itself meanwhile.
        }
    }

    private static async Task<(string Text, bool Cut)> ReadKeptAsync(StreamReader reader, int keep)
    {
        var kept = new StringBuilder();
        var buffer = new char[8192];
        var cut = false;
        int read;
        while ((read = await reader.ReadAsync(buffer, 0, buffer.Length).ConfigureAwait(false)) > 0)
        {
            var room = keep - kept.Length;
            kept.Append(buffer, 0, Math.Min(room, read));
            cut |= read > room;
        }

        return (kept.ToString(), cut);
    }

    // The dotnet host this command runs under (the worker is HaRules.Cli.dll run with "dotnet exec").
    private static string DotnetHost()
    {
        var executable = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "dotnet.exe" : "dotnet";
        if (Environment.ProcessPath is { } self && string.Equals(Path.GetFileName(self), executable, StringComparison.OrdinalIgnoreCase))
        {
            return self;
        }

        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host))
        {
            return host;
        }

        // The runtime lives in <dotnet root>/shared/Microsoft.NETCore.App/<version>/.
        var root = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        var beside = Path.Combine(root, executable);
        return File.Exists(beside) ? beside : executable;
    }

    private sealed record Outcome(bool Finished, int ExitCode, string Output, string Errors, string? Design, string Cause);

    private readonly record struct Phase(string Kind, string Argument);

    // Reads the lines the worker appends to its progress file; the last complete one is the phase.
    private sealed class ProgressReader
    {
        private readonly string _file;
        private long _offset;

        public ProgressReader(string file) => _file = file;

        public Phase Current { get; private set; } = new("start", string.Empty);

        public void Refresh()
        {
            if (!File.Exists(_file))
            {
                return;
            }

            using var stream = new FileStream(_file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            stream.Seek(_offset, SeekOrigin.Begin);
            var bytes = new byte[stream.Length - _offset];
            var count = 0;
            int read;
            while (count < bytes.Length && (read = stream.Read(bytes, count, bytes.Length - count)) > 0)
            {
                count += read;
            }

            // Only complete lines: the worker may be half way through writing one.
            var end = Array.LastIndexOf(bytes, (byte)'\n', Math.Max(count - 1, 0));
            if (count == 0 || end < 0)
            {
                return;
            }

            _offset += end + 1;
            var last = new UTF8Encoding(false).GetString(bytes, 0, end).Split('\n').Last().TrimEnd('\r');
            var tab = last.IndexOf('\t');
            Current = tab < 0 ? new Phase(last, string.Empty) : new Phase(last.Substring(0, tab), last.Substring(tab + 1));
        }
    }
}
