#!/usr/bin/env python3
"""Expected RAID figures, computed independently of the C# code from docs/storage.md.

Standard library only. Run from this folder:  python3 raid_expected.py
It rewrites raid_expected.csv next to this script; the C# tests (RaidExpectedTests) read it.

Input columns hold model properties as a design declares them (sizes in bytes, durations in
seconds); an empty cell means "not declared", so the documented default applies. Output columns
are the expected figures; an empty cell means "no figure" (null). valid=0 means the group cannot
be built and has no figures at all.
"""

import csv
import math
import os

# Defaults (docs/storage.md, "Defaults").
DEFAULT_MTTF_HOURS = 1_000_000.0
DEFAULT_REBUILD_BYTES_PER_SECOND = 150e6
DEFAULT_REPLACEMENT_HOURS = 24.0
DEFAULT_READ_ERROR_RATE = 1e-15
HOURS_PER_YEAR = 8760.0

INPUTS = [
    "case", "raidLevel", "disks", "legs", "hotSpares", "diskSizeBytes", "diskIops",
    "workloadIops", "readRatio", "diskMttfSeconds", "rebuildBytesPerSecond",
    "replacementSeconds", "repairSeconds", "readErrorRate",
]
OUTPUTS = [
    "valid", "usableBytes", "rawBytes", "efficiency", "faultToleranceGuaranteed",
    "faultToleranceBestCase", "writePenalty", "readIops", "writeIops", "mixedIops",
    "backEndIopsNeeded", "rebuildHours", "repairHours", "mttdlHours",
    "dataLossProbabilityPerYear", "disksReadDuringRebuild", "ureProbability",
]


def geometry_ok(level, n, legs):
    """docs/storage.md, geometry table: which disk counts (and legs) each level can be built from."""
    if level == "Raid0":
        return n >= 2
    if level == "Raid1":
        return n == 2
    if level == "Raid5":
        return n >= 3
    if level == "Raid6":
        return n >= 4
    if level == "Raid10":
        return n >= 4 and n % 2 == 0
    if level in ("Raid50", "Raid60"):
        if legs is None or legs < 2 or n <= 0 or n % legs != 0:
            return False
        return n // legs >= (3 if level == "Raid50" else 4)
    return False


def finite(x):
    return x if x is not None and math.isfinite(x) else None


def figures(row):
    level = row["raidLevel"]
    n = row["disks"]
    legs = row["legs"] if level in ("Raid50", "Raid60") else None
    spares = row["hotSpares"] if row["hotSpares"] is not None else 0
    size = row["diskSizeBytes"]
    iops = row["diskIops"]
    ratio = row["readRatio"]
    load = row["workloadIops"]
    mttf = row["diskMttfSeconds"] / 3600 if row["diskMttfSeconds"] is not None else DEFAULT_MTTF_HOURS
    rate = row["rebuildBytesPerSecond"] if row["rebuildBytesPerSecond"] is not None else DEFAULT_REBUILD_BYTES_PER_SECOND
    replacement = row["replacementSeconds"] / 3600 if row["replacementSeconds"] is not None else DEFAULT_REPLACEMENT_HOURS
    declared_repair = row["repairSeconds"] / 3600 if row["repairSeconds"] is not None else None
    b = row["readErrorRate"] if row["readErrorRate"] is not None else DEFAULT_READ_ERROR_RATE

    out = {k: None for k in OUTPUTS}
    if spares < 0 or not geometry_ok(level, n, legs):
        out["valid"] = 0
        return out
    out["valid"] = 1

    g = n // legs if legs else None
    k = legs
    # Usable disks, guaranteed tolerance, best case, write penalty (docs/storage.md table).
    table = {
        "Raid0": (n, 0, 0, 1),
        "Raid1": (1, 1, 1, 2),
        "Raid5": (n - 1, 1, 1, 4),
        "Raid6": (n - 2, 2, 2, 6),
        "Raid10": (n // 2, 1, n // 2, 2),
        "Raid50": ((k * (g - 1)) if k else None, 1, k, 4),
        "Raid60": ((k * (g - 2)) if k else None, 2, (2 * k) if k else None, 6),
    }
    usable_disks, tolerance, best, p = table[level]
    out["faultToleranceGuaranteed"] = tolerance
    out["faultToleranceBestCase"] = best
    out["writePenalty"] = p

    if size is not None and size > 0:
        out["usableBytes"] = usable_disks * size
        out["rawBytes"] = (n + spares) * size
        out["efficiency"] = (usable_disks * size) / (n * size)
    else:
        out["efficiency"] = usable_disks / n

    if iops is not None and iops >= 0:
        out["readIops"] = n * iops
        out["writeIops"] = n * iops / p
        if ratio is not None and 0 <= ratio <= 1:
            w = 1 - ratio
            out["mixedIops"] = n * iops / (ratio + w * p)
    if load is not None and ratio is not None and 0 <= ratio <= 1 and load >= 0:
        out["backEndIopsNeeded"] = load * ratio + load * (1 - ratio) * p

    redundant = level != "Raid0"
    rebuild = None
    if redundant and size is not None and size > 0 and rate > 0:
        rebuild = size / rate / 3600
    out["rebuildHours"] = rebuild

    repair = None
    if redundant:
        if declared_repair is not None:
            repair = declared_repair if declared_repair >= 0 else None
        elif rebuild is not None:
            repair = rebuild if spares >= 1 else (replacement + rebuild if replacement >= 0 else None)
    out["repairHours"] = repair

    mttdl = None
    if mttf > 0:
        try:
            if level == "Raid0":
                mttdl = mttf / n
            elif repair is not None:
                mttdl = {
                    "Raid1": lambda: mttf ** 2 / (2 * repair),
                    "Raid5": lambda: mttf ** 2 / (n * (n - 1) * repair),
                    "Raid6": lambda: mttf ** 3 / (n * (n - 1) * (n - 2) * repair ** 2),
                    "Raid10": lambda: mttf ** 2 / (n * repair),
                    "Raid50": lambda: mttf ** 2 / (n * (g - 1) * repair),
                    "Raid60": lambda: mttf ** 3 / (n * (g - 1) * (g - 2) * repair ** 2),
                }[level]()
        except ZeroDivisionError:
            mttdl = None  # instant repair: no finite MTTDL
    out["mttdlHours"] = finite(mttdl)
    if out["mttdlHours"] is not None:
        out["dataLossProbabilityPerYear"] = -math.expm1(-HOURS_PER_YEAR / out["mttdlHours"])

    read = {"Raid1": 1, "Raid10": 1, "Raid5": n - 1, "Raid6": n - 1,
            "Raid50": (g - 1) if g else None, "Raid60": (g - 1) if g else None}.get(level)
    out["disksReadDuringRebuild"] = read
    if read is not None and size is not None and size > 0 and 0 <= b <= 1:
        bits = read * size * 8
        out["ureProbability"] = -math.expm1(bits * math.log1p(-b)) if b < 1 else 1.0
    return out


def row(case, level, disks, legs=None, spares=0, size=None, iops=None, load=None, ratio=None,
        mttf_s=None, rate=None, replacement_s=None, repair_s=None, ure=None):
    return {"case": case, "raidLevel": level, "disks": disks, "legs": legs, "hotSpares": spares,
            "diskSizeBytes": size, "diskIops": iops, "workloadIops": load, "readRatio": ratio,
            "diskMttfSeconds": mttf_s, "rebuildBytesPerSecond": rate,
            "replacementSeconds": replacement_s, "repairSeconds": repair_s, "readErrorRate": ure}


def cases():
    geometries = [
        ("Raid0", 2, None), ("Raid0", 3, None), ("Raid0", 8, None), ("Raid0", 24, None),
        ("Raid1", 2, None),
        ("Raid5", 3, None), ("Raid5", 4, None), ("Raid5", 8, None), ("Raid5", 24, None),
        ("Raid6", 4, None), ("Raid6", 6, None), ("Raid6", 12, None), ("Raid6", 24, None),
        ("Raid10", 4, None), ("Raid10", 8, None), ("Raid10", 24, None),
        ("Raid50", 6, 2), ("Raid50", 8, 2), ("Raid50", 12, 3), ("Raid50", 24, 2), ("Raid50", 24, 4),
        ("Raid60", 8, 2), ("Raid60", 12, 2), ("Raid60", 24, 3), ("Raid60", 24, 4),
    ]
    sizes = [(600e9, 300.0), (1.2e12, 180.0), (4e12, 150.0), (18e12, 80.0)]
    ratios = [None, 0.7, 0.0, 1.0, 0.5]
    i = 0
    for level, disks, legs in geometries:
        for size, iops in sizes:
            for spares in (0, 1):
                ratio = ratios[i % len(ratios)]
                load = None if ratio is None else 100.0 * (1 + i % 9)
                yield row(f"{level}-{disks}x{int(size)}-legs{legs}-spares{spares}", level, disks, legs,
                          spares, int(size), iops, load, ratio)
                i += 1

    # A worked example: RAID10 8 x 1.2 TB with a spare, 180 IOPS disks, 900 IOPS at 70 % reads.
    yield row("reports-example", "Raid10", 8, None, 1, 1_200_000_000_000, 180.0, 900.0, 0.7)

    # Declared durability inputs instead of defaults.
    yield row("raid5-declared-all", "Raid5", 6, None, 0, 2_000_000_000_000, 200.0, 500.0, 0.6,
              mttf_s=1.2e6 * 3600, rate=100e6, replacement_s=8 * 3600, ure=1e-14)
    yield row("raid6-declared-repair", "Raid6", 8, None, 1, 10_000_000_000_000, 120.0, None, None,
              repair_s=72 * 3600)
    yield row("raid10-declared-repair-overrides-spare", "Raid10", 4, None, 1, 1_000_000_000_000, 150.0,
              repair_s=4 * 3600)
    yield row("raid1-consumer-ure", "Raid1", 2, None, 0, 8_000_000_000_000, 120.0, ure=1e-14)
    yield row("raid50-slow-rebuild", "Raid50", 9, 3, 0, 6_000_000_000_000, 150.0, 300.0, 0.8,
              rate=50e6, replacement_s=4 * 3600)
    yield row("raid60-declared-mttf", "Raid60", 16, 2, 2, 16_000_000_000_000, 90.0, 800.0, 0.9,
              mttf_s=2.5e6 * 3600)
    yield row("raid0-declared-mttf", "Raid0", 4, None, 0, 1_000_000_000_000, 200.0, 1000.0, 0.5,
              mttf_s=5e5 * 3600)
    yield row("raid5-zero-replacement", "Raid5", 5, None, 0, 1_000_000_000_000, 150.0,
              replacement_s=0.0)
    yield row("raid5-zero-repair-no-mttdl", "Raid5", 5, None, 0, 1_000_000_000_000, 150.0,
              repair_s=0.0)
    yield row("raid6-no-size", "Raid6", 6, None, 1, None, 150.0, 200.0, 0.7)
    yield row("raid5-no-iops", "Raid5", 4, None, 0, 4_000_000_000_000, None, 200.0, 0.7)
    yield row("raid5-zero-error-rate", "Raid5", 4, None, 0, 4_000_000_000_000, 150.0, ure=0.0)
    yield row("raid5-error-rate-one", "Raid5", 4, None, 0, 4_000_000_000_000, 150.0, ure=1.0)
    yield row("raid5-ure-above-10pct", "Raid5", 8, None, 0, 18_000_000_000_000, 80.0, ure=1e-14)
    yield row("raid10-legs-ignored", "Raid10", 6, 3, 0, 2_000_000_000_000, 150.0)
    yield row("raid50-many-legs", "Raid50", 30, 10, 2, 1_800_000_000_000, 200.0, 4000.0, 0.75)

    # Groups that cannot be built: no figures at all.
    for level, disks, legs in [
        ("Raid0", 1, None), ("Raid0", 0, None), ("Raid1", 1, None), ("Raid1", 3, None),
        ("Raid5", 2, None), ("Raid6", 3, None), ("Raid10", 2, None), ("Raid10", 5, None),
        ("Raid10", -6, None), ("Raid50", 6, None), ("Raid50", 6, 3), ("Raid50", 7, 2),
        ("Raid50", 6, 1), ("Raid60", 6, 2), ("Raid60", 9, 2), ("Raid60", 8, None), ("Raid60", 8, 0),
        ("Raid60", 8, -2),
    ]:
        yield row(f"invalid-{level}-{disks}-legs{legs}", level, disks, legs, 0, 1_000_000_000_000, 150.0)
    yield row("invalid-negative-spares", "Raid5", 4, None, -1, 1_000_000_000_000, 150.0)
    yield row("invalid-unknown-level", "Raid7", 8, None, 0, 1_000_000_000_000, 150.0)


def cell(value):
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(value)
    return str(value)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "raid_expected.csv")
    seen = set()
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(INPUTS + OUTPUTS)
        for r in cases():
            assert r["case"] not in seen, r["case"]
            seen.add(r["case"])
            out = figures(r)
            writer.writerow([cell(r[c]) for c in INPUTS] + [cell(out[c]) for c in OUTPUTS])
    print(f"wrote {len(seen)} cases to {path}")


if __name__ == "__main__":
    main()
