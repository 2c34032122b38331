using System;
using System.Collections.Generic;
using HaRules.Model;

namespace HaRules.Findings;

/// <summary>
/// A fact a rule judges only when the design declares it (absent facts are not judged): a
/// component's power supplies, a service's availability target, a load balancer's health check…
/// Rule descriptors name the facts they judge, so a report can list what a design leaves out.
/// </summary>
public sealed class JudgedFact
{
    private readonly Func<DesignModel, Component, bool?> _declared;

    internal JudgedFact(string title, IReadOnlyList<ComponentKind> kinds, Func<DesignModel, Component, bool?> declared)
    {
        Title = title;
        Kinds = kinds;
        _declared = declared;
    }

    /// <summary>How a report names the fact (<c>power supplies</c>, <c>health check</c>).</summary>
    public string Title { get; }

    /// <summary>The kinds of component that can declare it.</summary>
    public IReadOnlyList<ComponentKind> Kinds { get; }

    /// <summary>
    /// Whether <paramref name="component"/> declares the fact (true), leaves it out (false) or does
    /// not need it where it stands in <paramref name="model"/> (null).
    /// </summary>
    public bool? IsDeclaredBy(DesignModel model, Component component) => _declared(model, component);

    /// <inheritdoc />
    public override string ToString() => Title;
}
