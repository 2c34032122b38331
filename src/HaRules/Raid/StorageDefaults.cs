namespace HaRules.Raid;

/// <summary>
/// The durability inputs a RAID group takes when the design does not declare them (docs/storage.md,
/// "Defaults"). Each is a published or stated figure; that page gives the sources, and
/// reports say "default" wherever one of them fed a number.
/// </summary>
public static class StorageDefaults
{
    /// <summary>
    /// Mean time to failure of one disk: 1,000,000 hours, the low end of the 1,000,000–1,500,000
    /// hours that enterprise drive datasheets quote (Schroeder and Gibson, "Disk failures in the real
    /// world: what does an MTTF of 1,000,000 hours mean to you?", USENIX FAST 2007).
    /// </summary>
    public const double DiskMttfHours = 1_000_000;

    /// <summary>
    /// Rebuild rate: 150 MB/s (150·10^6 bytes per second), below the 200–250 MB/s sustained rate of
    /// 10k/15k rpm SAS drives, because arrays throttle a rebuild under production load (public
    /// rebuild calculators such as storagemath.org use 140–175 MB/s for those drives at 30 % load).
    /// </summary>
    public const double RebuildBytesPerSecond = 150e6;

    /// <summary>
    /// Time to replace a failed disk when no hot spare is there: 24 hours. An assumption, not a
    /// published figure: a next-business-day hardware service contract, with the part swapped about
    /// a day after the failure (a 4-hour contract is faster, a weekend failure slower).
    /// </summary>
    public const double ReplacementHours = 24;

    /// <summary>
    /// Unrecoverable read error rate: 10^-15 per bit read, what enterprise SAS/FC drive manuals
    /// state ("less than 1 sector in 10^15 bits transferred", e.g. the Seagate Cheetah 10K.7 SCSI
    /// product manual); consumer desktop drives quote 10^-14 (docs/storage.md).
    /// </summary>
    public const double ReadErrorRatePerBit = 1e-15;
}
