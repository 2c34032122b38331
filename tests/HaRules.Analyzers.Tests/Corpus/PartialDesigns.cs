using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using HaRules;

namespace HaRules.Analyzers.Tests.Corpus;

/// <summary>Reads the replica count from the environment: the analyzer cannot know it (HA901).</summary>
public sealed class EnvironmentCountDesign : IDesign
{
    public void Describe(DesignBuilder design)
    {
        var feed = design.AddPowerFeed("feed");
        var count = int.Parse(System.Environment.GetEnvironmentVariable("HARULES_CORPUS_REPLICAS") ?? "2");
        design.AddServer("web", count).WithPowerSupplies(feed);
        design.AddComponent("dup");
        design.AddComponent("dup");
    }
}

/// <summary>Asks the file system: the analyzer cannot know the answer (HA901).</summary>
public sealed class FileCheckDesign : IDesign
{
    public void Describe(DesignBuilder design)
    {
        var feed = design.AddPowerFeed("feed");
        if (File.Exists("/nonexistent/harules/extra-rack"))
        {
            design.AddRack("extra");
        }

        design.AddServer("web").WithPowerSupplies(feed);
    }
}

/// <summary>Orders by a string key, which depends on the culture: not followed (HA901).</summary>
public sealed class OrderByNameDesign : IDesign
{
    public void Describe(DesignBuilder design)
    {
        var feed = design.AddPowerFeed("feed");
        foreach (var name in new[] { "b", "a" }.OrderBy(n => n))
        {
            design.AddServer(name).WithPowerSupplies(feed);
        }
    }
}

/// <summary>
/// An iterator that declares servers while its caller's loop declares racks: at run time the two
/// interleave, which the reader does not follow (HA901), rather than read it in another order.
/// </summary>
public sealed class DeclaringIteratorDesign : IDesign
{
    public void Describe(DesignBuilder design)
    {
        var feed = design.AddPowerFeed("feed");
        foreach (var server in Servers(design, feed))
        {
            server.InRack(design.AddRack("rack-of-" + server.Name));
        }
    }

    private static IEnumerable<ServerBuilder> Servers(DesignBuilder design, PowerFeedBuilder feed)
    {
        yield return design.AddServer("a").WithPowerSupplies(feed);
        yield return design.AddServer("b").WithPowerSupplies(feed);
    }
}
