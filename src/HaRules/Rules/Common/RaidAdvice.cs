namespace HaRules.Rules.Common;

/// <summary>
/// The RAID level advised for a group that must survive a disk failure, written once for the rules
/// that advise it (HA101 on a RAID0 group's disks, HA301 on a RAID0 group holding data): a redundant
/// level without a hot spare raises HA302, and RAID10 and RAID6 need four disks or more (HA004), so
/// the advice names the spare and the level for each disk count.
/// </summary>
internal static class RaidAdvice
{
    /// <summary>"a RAID level that survives a disk failure (…) with a hot spare (WithHotSpares(1))".</summary>
    public const string RedundantLevel = "a RAID level that survives a disk failure (RAID1 for two disks, RAID10 or RAID6 for more) with a hot spare (WithHotSpares(1))";
}
