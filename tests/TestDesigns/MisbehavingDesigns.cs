using System;
using System.Threading;
using HaRules;

namespace TestDesigns;

/// <summary>Declares one server, then throws: the check must report HA006 at the throw.</summary>
public sealed class ThrowingDesign : IDesign
{
    public void Describe(DesignBuilder design)
    {
        design.AddServer("declared-before-throw");
        throw new InvalidOperationException("inventory file missing"); // THROW-LINE
    }
}

/// <summary>Never returns: the check must stop it after the timeout with HA006.</summary>
public sealed class EndlessDesign : IDesign
{
    public void Describe(DesignBuilder design)
    {
        while (true)
        {
            Thread.Sleep(20);
        }
    }
}
