using System.Text;

namespace HaRules.Analyzers.Benchmarks;

/// <summary>Designs of a given length written in the reference design's style, and code without designs.</summary>
internal static class GeneratedDesigns
{
    public static string Design(int lines)
    {
        var text = new StringBuilder();
        text.AppendLine("using System;\nusing HaRules;\n\npublic sealed class GeneratedDesign : IDesign\n{\n    public void Describe(DesignBuilder design)\n    {");
        text.AppendLine("""
                var panelA = design.AddPowerFeed("panel-a");
                var panelB = design.AddPowerFeed("panel-b");
                var upsA = design.AddUps("ups-a").FedBy(panelA);
                var upsB = design.AddUps("ups-b").FedBy(panelB);
                var rack1 = design.AddRack("rack-1");
                var rack2 = design.AddRack("rack-2");
                var swA = design.AddSwitch("sw-a").WithPowerSupplies(upsA, upsB).InRack(rack1);
                var swB = design.AddSwitch("sw-b").WithPowerSupplies(upsA, upsB).InRack(rack2);
        """);
        const int BlockLines = 14;
        for (var i = 0; (i + 1) * BlockLines + 20 <= lines; i++)
        {
            text.AppendLine($$"""
                    var web{{i}} = design.AddServer("web-{{i}}", replicas: 2)
                        .WithPowerSupplies(upsA, upsB)
                        .WithNics(BondMode.ActiveBackup, swA, swB)
                        .SpreadAcross(rack1, rack2)
                        .RunsWebServer(maxWorkers: 256);
                    var lb{{i}} = design.AddLoadBalancer("lb-{{i}}")
                        .WithStandby()
                        .WithPowerSupplies(upsA, upsB)
                        .ConnectedTo(swA, swB)
                        .HealthCheck(TimeSpan.FromSeconds(5))
                        .Targets(web{{i}});
                    design.AddService("svc-{{i}}").EntryPoint(lb{{i}})
                        .AvailabilityTarget(0.999);

            """);
        }

        text.AppendLine("    }\n}");
        return text.ToString();
    }

    public static string PlainClasses(int count)
    {
        var text = new StringBuilder("using System;\nusing System.Collections.Generic;\n\nnamespace Plain;\n");
        for (var i = 0; i < count; i++)
        {
            text.AppendLine($$"""

                public sealed class Service{{i}}
                {
                    private readonly Dictionary<string, int> _counts = new();

                    public int Add(string key, int value)
                    {
                        _counts[key] = _counts.TryGetValue(key, out var old) ? old + value : value;
                        return _counts[key];
                    }

                    public override string ToString() => $"Service{{i}} with {_counts.Count} keys";
                }
            """);
        }

        return text.ToString();
    }
}
