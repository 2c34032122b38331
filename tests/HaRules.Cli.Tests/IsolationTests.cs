using System;
using System.IO;
using System.Linq;
using Xunit;

namespace HaRules.Cli.Tests;

/// <summary>
/// Designs that take down or hang the process running them: the check runs them in a worker
/// process, names each in HA006 at its Describe and still checks the others.
/// </summary>
public sealed class IsolationTests
{
    private static readonly string CrashingSource = Path.Combine(CliRunner.RepositoryRoot(), "tests", "TestDesigns", "CrashingDesigns.cs");
    private static readonly string MisbehavingSource = Path.Combine(CliRunner.RepositoryRoot(), "tests", "TestDesigns", "MisbehavingDesigns.cs");

    [Fact]
    public void A_stack_overflow_and_an_exit_in_Describe_are_HA006_and_the_other_designs_are_checked()
    {
        var (code, stdout, stderr) = RunBounded(
            "check", CliRunner.Assembly("TestDesigns"),
            "--design", "OverflowingDesign", "--design", "ExitingDesign", "--design", "SmallDesign", "--design", "ThrowingDesign");

        Assert.True(code == ExitCodes.FindingsFailed, stdout + stderr);
        Assert.Contains(
            $"tests/TestDesigns/CrashingDesigns.cs({LineOf(CrashingSource, "OVERFLOW-DESCRIBE")},5): error HA006: design OverflowingDesign could not be evaluated: " +
            "its code overflowed the stack in TestDesigns.OverflowingDesign.Nest(",
            stdout);
        Assert.Contains("error HA006: design ExitingDesign could not be evaluated: its code ended the process (exit status 3)", stdout);

        // The designs after the crashing ones ran as usual: a duplicate name at its line, a throw at its line.
        Assert.Contains($"tests/TestDesigns/CrashingDesigns.cs({LineOf(CrashingSource, "SMALL-DUPLICATE")},", stdout);
        Assert.Contains("error HA001:", stdout);
        Assert.Contains($"tests/TestDesigns/MisbehavingDesigns.cs({LineOf(MisbehavingSource, "THROW-LINE")},", stdout);

        // What the crashes printed (megabytes of repeated frames for an overflow) stays out of the output.
        Assert.DoesNotContain("Stack overflow", stdout + stderr);
        Assert.Equal(4, stdout.Split('\n').Count(l => l.Contains(" components; ", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_design_that_loops_forever_is_stopped_after_the_timeout_and_the_next_design_is_checked()
    {
        // Generous for the design that runs fine on a loaded machine; the endless one costs it once.
        var (code, stdout, stderr) = RunBounded(
            "check", CliRunner.Assembly("TestDesigns"), "--design", "EndlessDesign", "--design", "SmallDesign", "--timeout", "20");

        Assert.True(code == ExitCodes.FindingsFailed, stdout + stderr);
        var endless = stdout.Split('\n').Single(l => l.Contains("design EndlessDesign did not finish", StringComparison.Ordinal));
        Assert.Contains("tests/TestDesigns/MisbehavingDesigns.cs(", endless);
        Assert.Contains("error HA006: design EndlessDesign did not finish within 20 s (running it, building its model and checking it)", endless);
        Assert.Contains($"tests/TestDesigns/CrashingDesigns.cs({LineOf(CrashingSource, "SMALL-DUPLICATE")},", stdout);
    }

    [Fact]
    public void An_async_void_Describe_is_run_to_its_end_and_a_throw_after_an_await_is_HA006_at_its_line()
    {
        var (code, stdout, stderr) = RunBounded(
            "check", CliRunner.Assembly("TestDesigns"), "--design", "AsyncDesign", "--design", "AsyncThrowingDesign", "--design", "SmallDesign");

        Assert.True(code == ExitCodes.FindingsFailed, stdout + stderr);
        Assert.Contains($"tests/TestDesigns/CrashingDesigns.cs({LineOf(CrashingSource, "ASYNC-DUPLICATE")},", stdout);
        Assert.Contains(
            $"tests/TestDesigns/CrashingDesigns.cs({LineOf(CrashingSource, "ASYNC-THROW")},9): error HA006: design AsyncThrowingDesign could not be evaluated: " +
            "its code threw System.InvalidOperationException: inventory gone after the await",
            stdout);
        Assert.Contains($"tests/TestDesigns/CrashingDesigns.cs({LineOf(CrashingSource, "SMALL-DUPLICATE")},", stdout);
    }

    [Fact]
    public void A_design_that_allocates_without_end_is_HA006_within_the_memory_limit_and_the_next_design_is_checked()
    {
        var (code, stdout, stderr) = RunBounded(
            "check", CliRunner.Assembly("TestDesigns"), "--design", "HoardingDesign", "--design", "SmallDesign", "--memory-limit", "256MB");

        Assert.True(code == ExitCodes.FindingsFailed, stdout + stderr);

        // The heap limit is reached in the design's own allocation (HA006 at that line) or, rarely,
        // in another of the worker's threads (HA006 at its Describe): either way the design is named.
        var hoard = stdout.Split('\n').Single(l => l.Contains("design HoardingDesign could not be evaluated", StringComparison.Ordinal));
        Assert.Contains("tests/TestDesigns/CrashingDesigns.cs(", hoard);
        Assert.Contains("error HA006:", hoard);
        Assert.Contains("ran out of memory", hoard);
        Assert.Contains($"tests/TestDesigns/CrashingDesigns.cs({LineOf(CrashingSource, "SMALL-DUPLICATE")},", stdout);
    }

    [Theory]
    [InlineData("512MB", 512L * 1024 * 1024)]
    [InlineData("4GB", 4L * 1024 * 1024 * 1024)]
    [InlineData("1.5 GiB", 3L * 512 * 1024 * 1024)]
    [InlineData("64m", 64L * 1024 * 1024)]
    [InlineData("100000000", 100000000L)]
    public void A_memory_limit_is_read_in_bytes_megabytes_or_gigabytes(string text, long bytes)
    {
        Assert.True(WorkerMemory.TryParse(text, out var parsed));
        Assert.Equal(bytes, parsed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("lots")]
    [InlineData("-1GB")]
    [InlineData("10MB")]
    [InlineData("NaNGB")]
    public void A_memory_limit_that_is_not_a_size_or_too_small_is_refused(string text) =>
        Assert.False(WorkerMemory.TryParse(text, out _));

    [Theory]
    [InlineData(134, "Stack overflow.\nRepeat 2000 times:\n--------\n   at Shop.Design.Nest(Int32)\n--------\n   at Shop.Design.Describe(HaRules.DesignBuilder)\n",
        "its code overflowed the stack in Shop.Design.Nest(Int32)")]
    [InlineData(134, "Stack overflow.\n", "its code overflowed the stack")]
    [InlineData(134, "Unhandled exception. System.InvalidOperationException: no inventory\n   at Shop.Design.<Describe>b__0_0()\n",
        "its code threw on another thread, which ends the process: System.InvalidOperationException: no inventory")]
    [InlineData(134, "Unhandled exception. System.OutOfMemoryException: Exception of type 'System.OutOfMemoryException' was thrown.\n", "it ran out of memory")]
    [InlineData(137, "", "its process was killed (exit status 137), most likely for running out of memory")]
    [InlineData(3, "", "its code ended the process (exit status 3)")]
    public void The_cause_of_a_crash_is_read_from_the_exit_status_and_standard_error(int exitCode, string errors, string cause) =>
        Assert.Equal(cause, DesignIsolation.CrashCause(exitCode, errors));

    // A check that hangs fails the test instead of hanging the test run.
    private static (int ExitCode, string Stdout, string Stderr) RunBounded(params string[] args)
    {
        var run = System.Threading.Tasks.Task.Run(() => CliRunner.Run(args));
        Assert.True(run.Wait(TimeSpan.FromMinutes(5)), "the check did not finish within 5 minutes");
        return run.Result;
    }

    private static int LineOf(string file, string text) =>
        File.ReadAllLines(file).Select((l, i) => (l, i)).Single(x => x.l.Contains(text, StringComparison.Ordinal)).i + 1;
}
