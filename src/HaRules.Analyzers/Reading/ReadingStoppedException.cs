using System;
using Microsoft.CodeAnalysis;

namespace HaRules.Analyzers.Reading;

/// <summary>
/// Ends a reading that cannot go on safely (out of budget, nested too deeply, too large to check):
/// it becomes a gap, never an exception out of the analyzer.
/// </summary>
internal sealed class ReadingStoppedException : Exception
{
    public ReadingStoppedException(string reason, Location? where = null)
        : base(reason) => Where = where;

    public Location? Where { get; }
}

/// <summary>The design's own code throws at a point the reader reached: at run time it stops there (HA006).</summary>
internal sealed class DesignThrowsException : Exception
{
    public DesignThrowsException(string exceptionType, string? exceptionMessage, Location where)
        : base(exceptionMessage)
    {
        ExceptionType = exceptionType;
        Where = where;
    }

    /// <summary>The full name of the thrown type, as the build's HA006 names it.</summary>
    public string ExceptionType { get; }

    public Location Where { get; }
}
