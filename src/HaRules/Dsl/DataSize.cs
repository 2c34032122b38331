using System;
using System.Globalization;

namespace HaRules;

/// <summary>
/// A size in bytes. Units are decimal, as on drive datasheets (1 TB = 10^12 bytes); binary units
/// (KiB, MiB, GiB, TiB) are available too.
/// </summary>
public readonly struct DataSize : IEquatable<DataSize>, IComparable<DataSize>
{
    private DataSize(long bytes) => Bytes = bytes;

    /// <summary>The size in bytes.</summary>
    public long Bytes { get; }

    /// <summary>A size in bytes.</summary>
    public static DataSize FromBytes(long bytes) => new(bytes);

    /// <summary>A size in kilobytes (10^3 bytes).</summary>
    public static DataSize Kilobytes(double value) => Scale(value, 1e3);

    /// <summary>A size in megabytes (10^6 bytes).</summary>
    public static DataSize Megabytes(double value) => Scale(value, 1e6);

    /// <summary>A size in gigabytes (10^9 bytes).</summary>
    public static DataSize Gigabytes(double value) => Scale(value, 1e9);

    /// <summary>A size in terabytes (10^12 bytes).</summary>
    public static DataSize Terabytes(double value) => Scale(value, 1e12);

    /// <summary>A size in petabytes (10^15 bytes).</summary>
    public static DataSize Petabytes(double value) => Scale(value, 1e15);

    /// <summary>A size in kibibytes (2^10 bytes).</summary>
    public static DataSize Kibibytes(double value) => Scale(value, 1024d);

    /// <summary>A size in mebibytes (2^20 bytes).</summary>
    public static DataSize Mebibytes(double value) => Scale(value, 1024d * 1024);

    /// <summary>A size in gibibytes (2^30 bytes).</summary>
    public static DataSize Gibibytes(double value) => Scale(value, 1024d * 1024 * 1024);

    /// <summary>A size in tebibytes (2^40 bytes).</summary>
    public static DataSize Tebibytes(double value) => Scale(value, 1024d * 1024 * 1024 * 1024);

    /// <summary>The size in terabytes (10^12 bytes).</summary>
    public double TotalTerabytes => Bytes / 1e12;

    /// <inheritdoc />
    public bool Equals(DataSize other) => Bytes == other.Bytes;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DataSize other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Bytes.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(DataSize other) => Bytes.CompareTo(other.Bytes);

    /// <summary>Equality of two sizes.</summary>
    public static bool operator ==(DataSize left, DataSize right) => left.Equals(right);

    /// <summary>Inequality of two sizes.</summary>
    public static bool operator !=(DataSize left, DataSize right) => !left.Equals(right);

    /// <summary>The size in the largest decimal unit that keeps it at or above 1 (e.g. <c>1.2 TB</c>).</summary>
    public override string ToString() => Format(Bytes);

    /// <summary>Formats a byte count in decimal units with up to two decimals.</summary>
    public static string Format(double bytes)
    {
        string[] units = { "B", "KB", "MB", "GB", "TB", "PB" };
        var value = bytes;
        var unit = 0;
        while (Math.Abs(value) >= 1000 && unit < units.Length - 1)
        {
            value /= 1000;
            unit++;
        }

        return value.ToString("0.##", CultureInfo.InvariantCulture) + " " + units[unit];
    }

    // Out-of-range or NaN values become -1 bytes, which the validity check reports as HA003.
    private static DataSize Scale(double value, double unit)
    {
        var bytes = Math.Round(value * unit);
        return double.IsNaN(bytes) || bytes > long.MaxValue || bytes < long.MinValue ? new DataSize(-1) : new DataSize((long)bytes);
    }
}
