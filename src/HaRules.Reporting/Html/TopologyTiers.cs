using HaRules.Model;

namespace HaRules.Reporting.Html;

/// <summary>The rows of the topology diagram, top to bottom, and which row each kind of component stands in.</summary>
internal static class TopologyTiers
{
    public static readonly string[] Titles = { "Entry points", "Load balancers", "Servers", "Databases", "Storage", "Network", "Power and racks" };

    public const int Databases = 3;

    public static int Of(ComponentKind kind) => kind switch
    {
        ComponentKind.Service or ComponentKind.DnsName => 0,
        ComponentKind.LoadBalancer => 1,
        ComponentKind.Server or ComponentKind.Generic => 2,
        ComponentKind.DatabaseCluster => Databases,
        ComponentKind.StorageArray or ComponentKind.RaidGroup or ComponentKind.Volume or ComponentKind.Backup => 4,
        ComponentKind.Switch or ComponentKind.SanSwitch or ComponentKind.Router or ComponentKind.Firewall => 5,
        _ => 6,
    };

    /// <summary>The kind as the diagram labels it.</summary>
    public static string Label(ComponentKind kind) => kind switch
    {
        ComponentKind.PowerFeed => "power feed",
        ComponentKind.Ups => "UPS",
        ComponentKind.SanSwitch => "SAN switch",
        ComponentKind.LoadBalancer => "load balancer",
        ComponentKind.StorageArray => "storage array",
        ComponentKind.RaidGroup => "RAID group",
        ComponentKind.DatabaseCluster => "database cluster",
        ComponentKind.DnsName => "DNS name",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
