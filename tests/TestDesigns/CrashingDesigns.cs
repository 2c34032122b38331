using System;
using System.Collections.Generic;
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

/// <summary>An async void Describe that goes on after an await: the check waits for the rest and checks it (HA001).</summary>
public sealed class AsyncDesign : IDesign
{
    public async void Describe(DesignBuilder design)
    {
        design.AddServer("before-await");
        await System.Threading.Tasks.Task.Delay(20);
        design.AddServer("after-await");
        await System.Threading.Tasks.Task.Delay(20).ConfigureAwait(false);
        design.AddServer("after-await"); // ASYNC-DUPLICATE
    }
}

/// <summary>An async void Describe that throws after an await: HA006 at the throw, not a crashed process.</summary>
public sealed class AsyncThrowingDesign : IDesign
{
    public async void Describe(DesignBuilder design)
    {
        design.AddServer("before-await");
        await System.Threading.Tasks.Task.Yield();
        throw new InvalidOperationException("inventory gone after the await"); // ASYNC-THROW
    }
}

/// <summary>Allocates without end, as a design generating a fleet in an endless loop would: HA006 when the worker's heap limit is reached.</summary>
public sealed class HoardingDesign : IDesign
{
    public void Describe(DesignBuilder design)
    {
        design.AddServer("hoard");
        var hoard = new List<byte[]>();
        while (true)
        {
            hoard.Add(new byte[1024 * 1024]); // HOARD-LINE
        }
    }
}
