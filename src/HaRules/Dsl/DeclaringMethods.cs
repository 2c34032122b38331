using System;
using System.Collections.Generic;
using System.Linq;
using HaRules.Model;

namespace HaRules;

/// <summary>
/// The design-language call each location of the model stands at: the <c>Add…</c> method of a
/// component's kind, <c>ConnectsTo</c> for a connection pool, <c>Accept</c> for an acceptance.
/// Source columns look for these names on a call's line.
/// </summary>
internal static class DeclaringMethods
{
    /// <summary>The call that declares a connection pool.</summary>
    public const string ConnectionPool = nameof(ServerBuilder.ConnectsTo);

    /// <summary>The call that accepts a rule's findings.</summary>
    public const string Acceptance = "Accept";

    // One name per kind, made once: a model has hundreds of thousands of components.
    private static readonly Dictionary<ComponentKind, string> ByKind =
        ((ComponentKind[])Enum.GetValues(typeof(ComponentKind))).ToDictionary(k => k, k => k == ComponentKind.Generic ? nameof(DesignBuilder.AddComponent) : "Add" + k);

    /// <summary>The method that declares each kind of component.</summary>
    public static string Of(ComponentKind kind) => ByKind.TryGetValue(kind, out var method) ? method : "Add" + kind;

    /// <summary>The call a relation stands at: <c>ConnectsTo</c> for a pool, else its component's declaring method.</summary>
    public static string Of(RelationKind relation, ComponentKind declaring) =>
        relation == RelationKind.ConnectionPool ? ConnectionPool : Of(declaring);
}
