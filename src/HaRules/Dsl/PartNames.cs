using System;
using System.Globalization;
using System.Threading;

namespace HaRules;

/// <summary>
/// The names the expansion makes: <c>owner/psu-2</c>, <c>web-3</c>. Each is the owner's name and a
/// numbered suffix; the suffixes are few (a handful of part kinds, small numbers) and made once, so
/// a name costs one string rather than a concatenation of five.
/// </summary>
internal sealed class PartNames
{
    /// <summary>Replicas of a group: <c>name-i</c>.</summary>
    public static readonly PartNames Replica = new("-");

    /// <summary>Power supplies.</summary>
    public static readonly PartNames Psu = new("/psu-");

    /// <summary>Fans.</summary>
    public static readonly PartNames Fan = new("/fan-");

    /// <summary>Network interfaces.</summary>
    public static readonly PartNames Nic = new("/nic-");

    /// <summary>Host bus adapters.</summary>
    public static readonly PartNames Hba = new("/hba-");

    /// <summary>Storage controllers.</summary>
    public static readonly PartNames Controller = new("/controller-");

    /// <summary>Disks of a RAID group.</summary>
    public static readonly PartNames Disk = new("/disk-");

    /// <summary>Hot spares of a RAID group.</summary>
    public static readonly PartNames Spare = new("/spare-");

    // Larger numbers are rare (replica groups of thousands): their suffixes are made each time
    // rather than kept for the life of the process.
    private const int Kept = 1024;

    private readonly string _prefix;
    private string[] _suffixes = Array.Empty<string>();

    private PartNames(string prefix) => _prefix = prefix;

    /// <summary>The name of the owner's part at the 0-based <paramref name="index"/> (numbered from 1).</summary>
    public string Of(string owner, int index) => string.Concat(owner, Suffix(index));

    private string Suffix(int index)
    {
        // Threads may both grow the array; either result holds the same strings.
        var suffixes = Volatile.Read(ref _suffixes);
        if (index < suffixes.Length)
        {
            return suffixes[index];
        }

        if (index >= Kept)
        {
            return _prefix + (index + 1).ToString(CultureInfo.InvariantCulture);
        }

        var grown = new string[Math.Min(Kept, Math.Max(index + 1, suffixes.Length * 2))];
        Array.Copy(suffixes, grown, suffixes.Length);
        for (var i = suffixes.Length; i < grown.Length; i++)
        {
            grown[i] = _prefix + (i + 1).ToString(CultureInfo.InvariantCulture);
        }

        Volatile.Write(ref _suffixes, grown);
        return grown[index];
    }
}
