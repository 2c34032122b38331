using System;
using System.Collections.Generic;

namespace HaRules.Reliability;

/// <summary>
/// A component whose failure alone stops a service, with what a reader needs to see it: the
/// declared component it stands for (a part counts as its owner) and the dependency path from the
/// service down to it.
/// </summary>
public sealed class SinglePointOfFailure
{
    private readonly Lazy<IReadOnlyList<string>> _path;

    internal SinglePointOfFailure(string service, string component, string declaredComponent, Func<IReadOnlyList<string>> path)
    {
        Service = service;
        Component = component;
        DeclaredComponent = declaredComponent;
        _path = new Lazy<IReadOnlyList<string>>(path);
    }

    /// <summary>The service it stops.</summary>
    public string Service { get; }

    /// <summary>The component (or part) that fails.</summary>
    public string Component { get; }

    /// <summary>The declared component it is or is a part of (<c>web-1/psu-1</c> → <c>web-1</c>).</summary>
    public string DeclaredComponent { get; }

    /// <summary>
    /// The dependency path from the service down to the component, as component names
    /// (<c>shop → shop.example.com → lb → web-1 → web-1/psu-1 → ups-a</c>). Found when first read:
    /// a report shows a few hundred of what can be many thousands.
    /// </summary>
    public IReadOnlyList<string> Path => _path.Value;
}
