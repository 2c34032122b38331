using System;
using HaRules;

namespace TestDesigns;

/// <summary>
/// Recurses without end: the stack overflow ends whatever process runs it, so the check must run
/// it apart, name it in HA006 and still check the other designs.
/// </summary>
public sealed class OverflowingDesign : IDesign
{
    public void Describe(DesignBuilder design)
    { // OVERFLOW-DESCRIBE
        design.AddServer("declared-before-overflow");
        Nest(design, 0);
    }

    private static int Nest(DesignBuilder design, int depth) => Nest(design, depth + 1) + depth;
}

/// <summary>Ends the process from inside Describe, as a design calling a command-line helper might.</summary>
public sealed class ExitingDesign : IDesign
{
    public void Describe(DesignBuilder design)
    {
        design.AddServer("declared-before-exit");
        Environment.Exit(3);
    }
}

/// <summary>A design that runs fine beside the ones that crash: a name declared twice (HA001).</summary>
public sealed class SmallDesign : IDesign
{
    public void Describe(DesignBuilder design)
    {
        design.AddServer("small-web");
        design.AddServer("small-web"); // SMALL-DUPLICATE
    }
}
