using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;

namespace HaRules.Tests.Raid;

/// <summary>
/// The rows of Data/raid_expected.csv, written by Data/raid_expected.py (an independent Python
/// implementation of docs/storage.md). Each row maps column names to cells; an empty cell is "absent".
/// </summary>
internal static class ExpectedRaidCases
{
    private const string FileName = "raid_expected.csv";

    private static readonly Lazy<IReadOnlyList<IReadOnlyDictionary<string, string>>> Rows = new(Load);

    public static IReadOnlyList<IReadOnlyDictionary<string, string>> All => Rows.Value;

    public static IReadOnlyDictionary<string, string> Find(string caseName) =>
        All.Single(r => r["case"] == caseName);

    /// <summary>The CSV copied next to the test assembly, else the one beside this source file.</summary>
    public static string PathOfCsv([CallerFilePath] string sourceFile = "")
    {
        var copied = Path.Combine(AppContext.BaseDirectory, "Raid", "Data", FileName);
        if (File.Exists(copied))
        {
            return copied;
        }

        return Path.Combine(Path.GetDirectoryName(sourceFile) ?? ".", "Data", FileName);
    }

    public static double? Number(this IReadOnlyDictionary<string, string> row, string column) =>
        row[column].Length == 0 ? null : double.Parse(row[column], NumberStyles.Float, CultureInfo.InvariantCulture);

    public static long? Integer(this IReadOnlyDictionary<string, string> row, string column) =>
        row[column].Length == 0 ? null : long.Parse(row[column], NumberStyles.Integer, CultureInfo.InvariantCulture);

    private static IReadOnlyList<IReadOnlyDictionary<string, string>> Load()
    {
        var lines = File.ReadAllLines(PathOfCsv()).Where(l => l.Length > 0).ToArray();
        var header = lines[0].Split(',');
        return lines.Skip(1)
            .Select(line =>
            {
                var cells = line.Split(',');
                if (cells.Length != header.Length)
                {
                    throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"{FileName}: {cells.Length} cells where {header.Length} are expected: {line}"));
                }

                return (IReadOnlyDictionary<string, string>)header.Zip(cells, (h, c) => (h, c)).ToDictionary(p => p.h, p => p.c, StringComparer.Ordinal);
            })
            .ToArray();
    }
}
