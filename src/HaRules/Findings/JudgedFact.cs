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
    // Asked of a component with the index its name stands for in the model (-1 for a name the model lacks).
    private readonly Func<DesignModel, Component, int, bool?> _declared;

    internal JudgedFact(string title, IReadOnlyList<ComponentKind> kinds, Func<DesignModel, Component, int, bool?> declared)
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
    public bool? IsDeclaredBy(DesignModel model, Component component) =>
        _declared(model, component, model.IndexOf(component.Name));

    /// <summary>
    /// As <see cref="IsDeclaredBy(DesignModel, Component)"/> for the component at position
    /// <paramref name="component"/> in <paramref name="model"/>'s components, without looking its
    /// name up: for a report that asks every fact of every component.
    /// </summary>
    public bool? IsDeclaredBy(DesignModel model, int component)
    {
        // A duplicate name (HA001) stands for its first component, as a lookup by name finds it.
        var index = model.Index;
        var at = index.HasDuplicateNames ? index.IndexOf(model.Components[component].Name) : component;
        return _declared(model, model.Components[component], at);
    }

    /// <inheritdoc />
    public override string ToString() => Title;
}
