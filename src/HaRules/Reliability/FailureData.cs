using System;
using HaRules.Model;

namespace HaRules.Reliability;

/// <summary>
/// The failure data of one component: declared (<c>.Availability(a)</c>, or <c>.Mtbf(t).Mttr(t)</c>)
/// or, when nothing is declared, the default of its kind. Each default is an MTBF and an MTTR in
/// hours taken from published figures; <c>docs/analysis.md</c> cites the source of each.
/// </summary>
public static class FailureData
{
    /// <summary>Hours in a year as reports count them (365 days).</summary>
    public const double HoursPerYear = 8760;

    /// <summary>
    /// True when a component of this kind is a basic failure event: things that can fail on their
    /// own. DNS names, services, volumes, RAID groups, clusters, backups and hot spares are logical
    /// (or idle) and fail only through what they need. A storage array's chassis is not an event
    /// unless the design declares failure data for it.
    /// </summary>
    public static bool IsEvent(Component component)
    {
        if (component is null)
        {
            return false;
        }

        return component.Kind switch
        {
            ComponentKind.DnsName or ComponentKind.Service or ComponentKind.Volume or ComponentKind.RaidGroup
                or ComponentKind.DatabaseCluster or ComponentKind.Backup or ComponentKind.HotSpare => false,
            ComponentKind.StorageArray => Declares(component),
            _ => true,
        };
    }

    /// <summary>The default MTBF and MTTR (hours) of a kind; null for logical kinds.</summary>
    public static (double MtbfHours, double MttrHours)? Default(ComponentKind kind) => kind switch
    {
        ComponentKind.PowerFeed => (8_760, 2),
        ComponentKind.Ups => (100_000, 8),
        ComponentKind.Rack => (1_000_000, 8),
        ComponentKind.Switch => (200_000, 4),
        ComponentKind.SanSwitch => (200_000, 4),
        ComponentKind.Router => (150_000, 4),
        ComponentKind.Firewall => (100_000, 4),
        ComponentKind.LoadBalancer => (40_000, 4),
        ComponentKind.Server => (50_000, 4),
        ComponentKind.StorageArray => (200_000, 4),
        ComponentKind.Generic => (20_000, 4),
        ComponentKind.PowerSupply => (100_000, 4),
        ComponentKind.Fan => (70_000, 4),
        ComponentKind.Nic => (500_000, 4),
        ComponentKind.Hba => (500_000, 4),
        ComponentKind.Controller => (200_000, 4),
        ComponentKind.Disk => (300_000, 24),
        _ => null,
    };

    /// <summary>
    /// The probabilities that the component is up and down, each computed directly (not one as one
    /// minus the other) so that a tiny unavailability keeps its digits. <paramref name="raidGroup"/>
    /// is the disk's RAID group, whose <c>DiskMttf</c> and <c>RepairTime</c> apply to its disks.
    /// </summary>
    public static (double Up, double Down) Probabilities(Component component, Component? raidGroup = null)
    {
        var properties = component.Properties;
        if (properties.GetNumber(PropertyNames.Availability) is { } declared && !double.IsNaN(declared))
        {
            var a = Math.Min(1, Math.Max(0, declared));
            return (a, 1 - a);
        }

        var defaults = Default(component.Kind) ?? (100_000, 4);
        var mtbf = Positive(properties.GetNumber(PropertyNames.MtbfSeconds)) / 3600;
        var mttr = NonNegative(properties.GetNumber(PropertyNames.MttrSeconds)) / 3600;
        if (component.Kind == ComponentKind.Disk && raidGroup is not null)
        {
            mtbf = double.IsNaN(mtbf) ? Positive(raidGroup.Properties.GetNumber(PropertyNames.DiskMttfSeconds)) / 3600 : mtbf;
            mttr = double.IsNaN(mttr) ? NonNegative(raidGroup.Properties.GetNumber(PropertyNames.RepairSeconds)) / 3600 : mttr;
        }

        mtbf = double.IsNaN(mtbf) ? defaults.MtbfHours : mtbf;
        mttr = double.IsNaN(mttr) ? defaults.MttrHours : mttr;
        if (double.IsInfinity(mtbf))
        {
            return (1, 0);
        }

        var total = mtbf + mttr;
        return (mtbf / total, mttr / total);
    }

    /// <summary>True when the design declared availability, MTBF or MTTR for the component.</summary>
    public static bool Declares(Component component) =>
        component.Properties.ContainsKey(PropertyNames.Availability)
        || component.Properties.ContainsKey(PropertyNames.MtbfSeconds)
        || component.Properties.ContainsKey(PropertyNames.MttrSeconds);

    private static double Positive(double? value) => value is { } v && v > 0 ? v : double.NaN;

    private static double NonNegative(double? value) => value is { } v && v >= 0 && !double.IsInfinity(v) ? v : double.NaN;
}
