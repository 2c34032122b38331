namespace HaRules.Cli;

/// <summary>The exit statuses of <c>harules</c> (docs/cli.md).</summary>
public static class ExitCodes
{
    /// <summary>Nothing reached <c>--fail-on</c>.</summary>
    public const int Success = 0;

    /// <summary>A finding reached <c>--fail-on</c>.</summary>
    public const int FindingsFailed = 1;

    /// <summary>The check could not run (no such file, build failed, not a design assembly, bad arguments).</summary>
    public const int CouldNotRun = 2;
}
