using System;

namespace HaRules.Cli;

/// <summary>The check could not run; the message says why (exit status 2).</summary>
public sealed class CliException : Exception
{
    /// <summary>Creates the exception with a message for the user.</summary>
    public CliException(string message)
        : base(message)
    {
    }
}
