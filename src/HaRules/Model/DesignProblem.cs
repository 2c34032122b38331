using System;
using System.Collections.Generic;
using System.Linq;

namespace HaRules.Model;

/// <summary>What kind of problem was recorded while a design was declared or run.</summary>
public enum DesignProblemKind
{
    /// <summary>A reference to nothing (null) or to a component of another design.</summary>
    UnknownReference,

    /// <summary>The design could not be evaluated: its code threw, or did not finish in time.</summary>
    NotEvaluated,
}

/// <summary>
/// A problem recorded while a design was declared or run, before any rule looked at it. The model
/// only records it; the checking layer turns it into a finding with its rule ID and severity.
/// </summary>
public sealed class DesignProblem : IEquatable<DesignProblem>
{
    /// <summary>Creates a problem.</summary>
    public DesignProblem(DesignProblemKind kind, string message, IEnumerable<string> components, SourceLocation location)
    {
        Kind = kind;
        Message = message ?? string.Empty;
        Components = (components ?? Enumerable.Empty<string>()).ToArray();
        Location = location ?? SourceLocation.None;
    }

    /// <summary>What kind of problem it is.</summary>
    public DesignProblemKind Kind { get; }

    /// <summary>What is wrong, naming the components.</summary>
    public string Message { get; }

    /// <summary>The components concerned; the first is the one the problem is about.</summary>
    public IReadOnlyList<string> Components { get; }

    /// <summary>Where it happened: the declaring call, or the design's line that threw.</summary>
    public SourceLocation Location { get; }

    /// <summary>This problem at another location.</summary>
    public DesignProblem WithLocation(SourceLocation location) => new(Kind, Message, Components, location);

    /// <inheritdoc />
    public bool Equals(DesignProblem? other) =>
        other is not null
        && Kind == other.Kind
        && Message == other.Message
        && Components.SequenceEqual(other.Components, StringComparer.Ordinal)
        && Location.Equals(other.Location);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DesignProblem);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Kind + ":" + string.Join(",", Components));

    /// <inheritdoc />
    public override string ToString() => $"{Location}: {Kind}: {Message}";
}
