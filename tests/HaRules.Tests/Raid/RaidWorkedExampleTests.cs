using System.Globalization;
using HaRules.Raid;
using Xunit;

namespace HaRules.Tests.Raid;

/// <summary>
/// Groups worked by hand, the arithmetic beside each expected value. Defaults: disk MTTF 10^6 h,
/// rebuild 150·10^6 B/s, replacement 24 h, read error rate 10^-15 per bit.
/// </summary>
public sealed class RaidWorkedExampleTests
{
    [Fact]
    public void Raid10_of_eight_1_2_TB_disks_with_a_spare_is_the_report_example()
    {
        var f = RaidAnalysis.Compute(new RaidInputs(RaidLevel.Raid10, 8, hotSpares: 1, diskSizeBytes: 1_200_000_000_000, diskIops: 180, workloadIops: 900, readRatio: 0.7))!;

        // usable = N/2·S = 4 × 1.2e12; raw = (8 + 1) × 1.2e12; efficiency = 4.8e12 / 9.6e12.
        Assert.Equal(4_800_000_000_000, f.UsableBytes);
        Assert.Equal(10_800_000_000_000, f.RawBytes);
        Assert.Equal(0.5, f.Efficiency);
        // one failure always; one per mirror pair at best (8/2); writes cost 2 I/Os.
        Assert.Equal(1, f.FaultToleranceGuaranteed);
        Assert.Equal(4, f.FaultToleranceBestCase);
        Assert.Equal(2, f.WritePenalty);
        // read = 8 × 180; write = 1440 / 2; mixed = 1440 / (0.7 + 0.3 × 2) = 1440 / 1.3.
        StorageAssert.Close(1440, f.ReadIops, "read");
        StorageAssert.Close(720, f.WriteIops, "write");
        StorageAssert.Close(1107.6923076923076, f.MixedIops, "mixed");
        // back end for 900 front-end IOPS: 900 × 0.7 + 900 × 0.3 × 2 = 630 + 540.
        StorageAssert.Close(1170, f.BackEndIopsNeeded, "back end");
        // rebuild = 1.2e12 / 150e6 = 8000 s = 2.2222 h; a spare makes it the repair time.
        StorageAssert.Close(20.0 / 9, f.RebuildHours, "rebuild");
        StorageAssert.Close(20.0 / 9, f.RepairHours, "repair");
        // MTTDL = MTTF² / (N·MTTR) = 1e12 / (8 × 20/9) = 9e12 / 160 = 5.625e10 h.
        StorageAssert.Close(5.625e10, f.MttdlHours, "mttdl");
        // one year: 1 − e^(−8760 / 5.625e10) ≈ 8760 / 5.625e10 = 1.5573e-7.
        StorageAssert.Close(1.557333212068984e-07, f.DataLossProbabilityPerYear, "loss per year");
        // bits = 1 disk × 1.2e12 × 8 = 9.6e12; 1 − e^(−0.0096) = 0.0096 − 0.0096²/2 + 0.0096³/6 = 0.00955407.
        StorageAssert.Close(0.009554067102783998, f.UreProbability, "ure");
        Assert.False(f.UreCorrectedByParity);
    }

    [Fact]
    public void Raid5_of_four_4_TB_disks_without_a_spare_waits_for_a_replacement()
    {
        var f = RaidAnalysis.Compute(new RaidInputs(RaidLevel.Raid5, 4, diskSizeBytes: 4_000_000_000_000, diskIops: 150, readRatio: 0.7))!;

        // usable = (4 − 1) × 4e12; efficiency 3/4.
        Assert.Equal(12_000_000_000_000, f.UsableBytes);
        Assert.Equal(0.75, f.Efficiency);
        Assert.Equal(4, f.WritePenalty);
        // mixed = 600 / (0.7 + 0.3 × 4) = 600 / 1.9.
        StorageAssert.Close(315.7894736842105, f.MixedIops, "mixed");
        // rebuild = 4e12 / 150e6 = 26,666.7 s = 200/27 h; repair = 24 + 200/27 = 848/27 h.
        StorageAssert.Close(200.0 / 27, f.RebuildHours, "rebuild");
        StorageAssert.Close(848.0 / 27, f.RepairHours, "repair");
        // MTTDL = 1e12 / (4 × 3 × 848/27) = 27e12 / 10,176 = 2.6533e9 h.
        StorageAssert.Close(27e12 / 10_176, f.MttdlHours, "mttdl");
        // bits = 3 × 4e12 × 8 = 9.6e13; 1 − e^(−0.096) = 0.0915360.
        StorageAssert.Close(0.0915359839312939, f.UreProbability, "ure");
        Assert.Equal(3, f.DisksReadDuringRebuild);
    }

    [Fact]
    public void Raid6_of_four_disks_survives_two_failures()
    {
        var f = RaidAnalysis.Compute(new RaidInputs(RaidLevel.Raid6, 4, hotSpares: 1, diskSizeBytes: 1_000_000_000_000, diskIops: 100))!;

        // usable = (4 − 2) × 1e12; two failures guaranteed and at best; writes cost 6.
        Assert.Equal(2_000_000_000_000, f.UsableBytes);
        Assert.Equal(2, f.FaultToleranceGuaranteed);
        Assert.Equal(2, f.FaultToleranceBestCase);
        // write = 4 × 100 / 6.
        StorageAssert.Close(400.0 / 6, f.WriteIops, "write");
        Assert.Null(f.MixedIops);
        // MTTR = 1e12 / 150e6 s = 50/27 h; MTTDL = 1e18 / (4 × 3 × 2 × (50/27)²) = 729e18 / 60,000 = 1.215e16 h.
        StorageAssert.Close(1.215e16, f.MttdlHours, "mttdl");
        // bits = 3 × 1e12 × 8 = 2.4e13; 1 − e^(−0.024) = 0.0237143, a read error the second parity corrects.
        StorageAssert.Close(0.0237142902420907, f.UreProbability, "ure");
        Assert.True(f.UreCorrectedByParity);
    }

    [Fact]
    public void Raid50_of_two_legs_of_three()
    {
        var f = RaidAnalysis.Compute(new RaidInputs(RaidLevel.Raid50, 6, legs: 2, hotSpares: 1, diskSizeBytes: 2_000_000_000_000, diskIops: 150))!;

        // g = 3; usable = k(g − 1)·S = 2 × 2 × 2e12; one failure per leg at best.
        Assert.Equal(3, f.DisksPerLeg);
        Assert.Equal(8_000_000_000_000, f.UsableBytes);
        Assert.Equal(1, f.FaultToleranceGuaranteed);
        Assert.Equal(2, f.FaultToleranceBestCase);
        // MTTR = 2e12 / 150e6 s = 100/27 h; MTTDL = 1e12 / (6 × 2 × 100/27) = 27e12 / 1200 = 2.25e10 h.
        StorageAssert.Close(2.25e10, f.MttdlHours, "mttdl");
        // the rest of the leg is read: bits = 2 × 2e12 × 8 = 3.2e13; 1 − e^(−0.032) = 0.0314934.
        StorageAssert.Close(0.03149341792080244, f.UreProbability, "ure");
    }

    [Fact]
    public void Raid60_of_two_legs_of_four()
    {
        var f = RaidAnalysis.Compute(new RaidInputs(RaidLevel.Raid60, 8, legs: 2, hotSpares: 1, diskSizeBytes: 1_000_000_000_000, diskIops: 150))!;

        // usable = k(g − 2)·S = 2 × 2 × 1e12; two per leg at best.
        Assert.Equal(4_000_000_000_000, f.UsableBytes);
        Assert.Equal(4, f.FaultToleranceBestCase);
        Assert.Equal(6, f.WritePenalty);
        // MTTDL = 1e18 / (8 × 3 × 2 × (50/27)²) = 729e18 / 120,000 = 6.075e15 h.
        StorageAssert.Close(6.075e15, f.MttdlHours, "mttdl");
        Assert.True(f.UreCorrectedByParity);
    }

    [Fact]
    public void Raid0_has_no_rebuild_and_loses_data_with_any_disk()
    {
        var f = RaidAnalysis.Compute(new RaidInputs(RaidLevel.Raid0, 3, diskSizeBytes: 1_000_000_000_000, diskIops: 200, readRatio: 0.5))!;

        Assert.Equal(3_000_000_000_000, f.UsableBytes);
        Assert.Equal(1.0, f.Efficiency);
        Assert.Equal(0, f.FaultToleranceGuaranteed);
        Assert.Equal(0, f.FaultToleranceBestCase);
        // penalty 1: every figure is N·I = 600.
        StorageAssert.Close(600, f.MixedIops, "mixed");
        // MTTDL = MTTF / N = 1e6 / 3 h; one year: 1 − e^(−8760 × 3 / 1e6) = 1 − e^(−0.02628) = 0.0259377.
        StorageAssert.Close(1e6 / 3, f.MttdlHours, "mttdl");
        StorageAssert.Close(0.025937686025970127, f.DataLossProbabilityPerYear, "loss per year");
        Assert.Null(f.RebuildHours);
        Assert.Null(f.RepairHours);
        Assert.Null(f.UreProbability);
        Assert.Null(f.DisksReadDuringRebuild);
    }

    [Fact]
    public void Raid1_mirror_without_a_spare()
    {
        var f = RaidAnalysis.Compute(new RaidInputs(RaidLevel.Raid1, 2, diskSizeBytes: 1_200_000_000_000, diskIops: 180))!;

        Assert.Equal(1_200_000_000_000, f.UsableBytes);
        Assert.Equal(0.5, f.Efficiency);
        // MTTR = 24 + 20/9 = 236/9 h; MTTDL = 1e12 / (2 × 236/9) = 9e12 / 472 = 1.90678e10 h.
        StorageAssert.Close(9e12 / 472, f.MttdlHours, "mttdl");
        // the mirror is read once: same as the RAID10 example, 0.00955407.
        StorageAssert.Close(0.009554067102783998, f.UreProbability, "ure");
    }

    [Fact]
    public void Raid6_of_twenty_four_18_TB_disks()
    {
        var f = RaidAnalysis.Compute(new RaidInputs(RaidLevel.Raid6, 24, hotSpares: 1, diskSizeBytes: 18_000_000_000_000, diskIops: 80))!;

        // usable = 22 × 18e12; rebuild = 18e12 / 150e6 = 120,000 s = 100/3 h.
        Assert.Equal(396_000_000_000_000, f.UsableBytes);
        StorageAssert.Close(100.0 / 3, f.RebuildHours, "rebuild");
        // MTTDL = 1e18 / (24 × 23 × 22 × (100/3)²) = 9e18 / (12,144 × 10,000) = 7.41107e10 h.
        StorageAssert.Close(9e18 / 121_440_000, f.MttdlHours, "mttdl");
        // bits = 23 × 18e12 × 8 = 3.312e15; 1 − e^(−3.312) = 0.963557: near-certain, but corrected by the second parity.
        StorageAssert.Close(0.9635567856100835, f.UreProbability, "ure");
        Assert.True(f.UreCorrectedByParity);
    }

    [Fact]
    public void The_accurate_read_error_formula_differs_from_the_naive_one()
    {
        // RAID10 rebuild of a 1.2 TB disk: 9.6e12 bits at b = 1e-15. The exact value (60-digit
        // decimal arithmetic) is 0.0095540671027839970…; −expm1(bits·log1p(−b)) gets it to the last
        // digit, while 1 − (1 − b)^bits rounds 1 − b to 1 − 0.9992e-15 first and is off by 8e-4.
        const double bits = 9.6e12;
        const double b = 1e-15;
        var naive = 1 - System.Math.Pow(1 - b, bits);
        var accurate = RaidMath.ReadErrorProbability(bits, b)!.Value;

        StorageAssert.Close(0.009554067102783997, accurate, "accurate", 1e-15);
        Assert.True(System.Math.Abs(naive - accurate) / accurate > 5e-4, string.Create(CultureInfo.InvariantCulture, $"naive {naive:R} was expected to be off"));
        StorageAssert.Close(0.009546467315387774, naive, "naive", 1e-12);

        // At the consumer rate 1e-14 the error of the naive form is still visible.
        var naive14 = 1 - System.Math.Pow(1 - 1e-14, bits);
        var accurate14 = RaidMath.ReadErrorProbability(bits, 1e-14)!.Value;
        Assert.True(System.Math.Abs(naive14 - accurate14) / accurate14 > 1e-5);
    }
}
