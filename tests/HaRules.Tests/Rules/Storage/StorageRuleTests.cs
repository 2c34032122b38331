using System;
using HaRules.Tests.Support;
using Xunit;
using HaRules.TestCoverage;

namespace HaRules.Tests.Rules.Storage;

public sealed class StorageRuleTests
{
    [Fact]
    [Fires("HA301")]
    public void HA301_fires_when_a_raid0_group_holds_a_clusters_data()
    {
        var at = 0;
        var finding = RuleAssert.FiresOnce("HA301", d => DataOn(d, RaidLevel.Raid0, groupLine: line => at = line), () => at, "rg", "lu-db");
        Assert.Contains("cluster db", finding.Message);
    }

    [Theory]
    [InlineData(2, RaidLevel.Raid1)]
    [InlineData(4, RaidLevel.Raid10)]
    [InlineData(4, RaidLevel.Raid6)]
    public void HA301_advice_applied_as_written_clears_it_and_raises_no_other_rule(int disks, RaidLevel advised)
    {
        // The advice names the level for the disk count and the hot spare: RAID10 alone would raise
        // HA302 (no hot spare), and RAID10 on two disks HA004.
        void Design(DesignBuilder d, RaidLevel level, int spares)
        {
            var rg = d.AddStorageArray("array").AddRaidGroup("rg", level, disks: disks, diskSize: DataSize.Terabytes(1), diskIops: 100);
            if (spares > 0)
            {
                rg.WithHotSpares(spares);
            }

            var volume = rg.AddVolume("lu-db", DataSize.Terabytes(1));
            d.AddDatabaseCluster("db", ClusterMode.ActiveStandby).Nodes(d.AddServer("n1"), d.AddServer("n2")).SharedStorage(volume);
        }

        var finding = Assert.Single(RuleAssert.All("HA301", d => Design(d, RaidLevel.Raid0, 0)));
        Assert.EndsWith("; for data use a RAID level that survives a disk failure (RAID1 for two disks, RAID10 or RAID6 for more) with a hot spare (WithHotSpares(1))", finding.Message);
        RuleAssert.FixWorks("HA301", d => Design(d, RaidLevel.Raid0, 0), d => Design(d, advised, 1));
    }

    [Fact]
    [Silent("HA301")]
    public void HA301_is_silent_for_raid10_and_for_raid0_scratch_space()
    {
        RuleAssert.Silent("HA301", d => DataOn(d, RaidLevel.Raid10));
        RuleAssert.Silent("HA301", d =>
        {
            var array = d.AddStorageArray("array");
            array.AddRaidGroup("scratch", RaidLevel.Raid0, disks: 2, diskSize: DataSize.Terabytes(1), diskIops: 100)
                .AddVolume("tmp", DataSize.Terabytes(1));
        });
    }

    [Fact]
    [Fires("HA302")]
    public void HA302_fires_on_a_redundant_group_without_a_hot_spare()
    {
        var at = 0;
        RuleAssert.FiresOnce("HA302", d =>
        {
            var array = d.AddStorageArray("array");
            at = Here.Line() + 1;
            array.AddRaidGroup("rg", RaidLevel.Raid6, disks: 6, diskSize: DataSize.Terabytes(1), diskIops: 100);
        }, () => at, "rg");
    }

    [Fact]
    [Silent("HA302")]
    public void HA302_is_silent_with_a_hot_spare_and_for_raid0() =>
        RuleAssert.Silent("HA302", d =>
        {
            var array = d.AddStorageArray("array");
            array.AddRaidGroup("rg", RaidLevel.Raid6, disks: 6, diskSize: DataSize.Terabytes(1), diskIops: 100).WithHotSpares(1);
            array.AddRaidGroup("scratch", RaidLevel.Raid0, disks: 2, diskSize: DataSize.Terabytes(1), diskIops: 100);
        });

    [Fact]
    [Fires("HA303")]
    public void HA303_fires_on_shared_storage_without_a_backup()
    {
        var at = 0;
        RuleAssert.FiresOnce("HA303", d => DataOn(d, RaidLevel.Raid10, volumeLine: line => at = line), () => at, "lu-db", "db");
    }

    [Fact]
    [Silent("HA303")]
    public void HA303_is_silent_when_a_backup_covers_the_volume_or_the_cluster()
    {
        RuleAssert.Silent("HA303", d =>
        {
            var (volume, _, target) = DataOn(d, RaidLevel.Raid10);
            d.AddBackup("nightly").Of(volume).To(target);
        });
        RuleAssert.Silent("HA303", d =>
        {
            var (_, cluster, target) = DataOn(d, RaidLevel.Raid10);
            d.AddBackup("nightly").Of(cluster).To(target);
        });
    }

    [Fact]
    [Fires("HA303")]
    public void HA303_fires_on_a_cluster_that_keeps_its_data_on_its_nodes()
    {
        var at = 0;
        RuleAssert.FiresOnce("HA303", d =>
        {
            var n1 = d.AddServer("n1");
            var n2 = d.AddServer("n2");
            at = Here.Line() + 1;
            d.AddDatabaseCluster("sn", ClusterMode.SharedNothing).Nodes(n1, n2).Partitions(4, replicas: 2);
        }, () => at, "sn");
    }

    [Fact]
    public void HA303_does_not_judge_quorum_devices_or_backup_targets() =>
        RuleAssert.Silent("HA303", d =>
        {
            var array = d.AddStorageArray("array");
            var rg = array.AddRaidGroup("rg", RaidLevel.Raid10, disks: 4, diskSize: DataSize.Terabytes(1), diskIops: 100);
            var data = rg.AddVolume("lu-db", DataSize.Gigabytes(100));
            var quorum = rg.AddVolume("lu-quorum", DataSize.Gigabytes(1));
            var vault = d.AddStorageArray("vault").AddRaidGroup("rg-b", RaidLevel.Raid6, disks: 4, diskSize: DataSize.Terabytes(1), diskIops: 100)
                .AddVolume("lu-backup", DataSize.Terabytes(1));
            var n1 = d.AddServer("n1");
            var n2 = d.AddServer("n2");
            d.AddDatabaseCluster("db", ClusterMode.ActiveStandby).Nodes(n1, n2).SharedStorage(data).QuorumDevice(quorum);
            d.AddBackup("nightly").Of(data).To(vault);
        });

    [Fact]
    [Fires("HA304")]
    public void HA304_fires_when_the_backup_lands_on_the_same_array()
    {
        var at = 0;
        var finding = RuleAssert.FiresOnce("HA304", d =>
        {
            var array = d.AddStorageArray("array");
            var data = array.AddRaidGroup("rg-a", RaidLevel.Raid10, disks: 4, diskSize: DataSize.Terabytes(1), diskIops: 100)
                .AddVolume("lu-db", DataSize.Terabytes(1));
            var copy = array.AddRaidGroup("rg-b", RaidLevel.Raid6, disks: 4, diskSize: DataSize.Terabytes(1), diskIops: 100)
                .AddVolume("lu-backup", DataSize.Terabytes(1));
            at = Here.Line() + 1;
            d.AddBackup("nightly").Of(data).To(copy);
        }, () => at, "nightly", "lu-db", "lu-backup", "array");
        Assert.Contains("array array", finding.Message);
    }

    [Fact]
    public void HA304_names_the_nearest_shared_domain_and_the_rack()
    {
        var sameGroup = RuleAssert.All("HA304", d =>
        {
            var rg = d.AddStorageArray("array").AddRaidGroup("rg", RaidLevel.Raid10, disks: 4, diskSize: DataSize.Terabytes(1), diskIops: 100);
            d.AddBackup("b").Of(rg.AddVolume("data", DataSize.Terabytes(1))).To(rg.AddVolume("copy", DataSize.Terabytes(1)));
        });
        Assert.Equal(new[] { "b", "data", "copy", "rg" }, Assert.Single(sameGroup).Components);

        var sameRack = RuleAssert.All("HA304", d =>
        {
            var rack = d.AddRack("rack-1");
            var a = d.AddStorageArray("a").InRack(rack).AddRaidGroup("rg-a", RaidLevel.Raid10, disks: 4, diskSize: DataSize.Terabytes(1), diskIops: 100);
            var b = d.AddStorageArray("b").InRack(rack).AddRaidGroup("rg-b", RaidLevel.Raid10, disks: 4, diskSize: DataSize.Terabytes(1), diskIops: 100);
            d.AddBackup("bk").Of(a.AddVolume("data", DataSize.Terabytes(1))).To(b.AddVolume("copy", DataSize.Terabytes(1)));
        });
        Assert.Equal(new[] { "bk", "data", "copy", "rack-1" }, Assert.Single(sameRack).Components);
    }

    [Fact]
    [Silent("HA304")]
    public void HA304_is_silent_when_the_backup_goes_to_another_array() =>
        RuleAssert.Silent("HA304", d =>
        {
            var data = d.AddStorageArray("array").AddRaidGroup("rg-a", RaidLevel.Raid10, disks: 4, diskSize: DataSize.Terabytes(1), diskIops: 100)
                .AddVolume("lu-db", DataSize.Terabytes(1));
            var copy = d.AddStorageArray("vault").AddRaidGroup("rg-b", RaidLevel.Raid6, disks: 4, diskSize: DataSize.Terabytes(1), diskIops: 100)
                .AddVolume("lu-backup", DataSize.Terabytes(1));
            d.AddBackup("nightly").Of(data).To(copy);
        });

    [Fact]
    [Fires("HA305")]
    public void HA305_fires_on_raid5_with_a_write_heavy_workload()
    {
        var at = 0;
        var finding = RuleAssert.FiresOnce("HA305", d =>
        {
            var array = d.AddStorageArray("array");
            at = Here.Line() + 1;
            array.AddRaidGroup("rg", RaidLevel.Raid5, disks: 4, diskSize: DataSize.Gigabytes(600), diskIops: 180)
                .WithHotSpares(1)
                .Workload(iops: 100, readRatio: 0.6);
        }, () => at, "rg");
        Assert.Contains("writes 40 %", finding.Message);
        Assert.Contains("RAID10", finding.Message);
    }

    [Fact]
    [Fires("HA305")]
    public void HA305_fires_on_raid5_whose_rebuild_risks_a_read_error()
    {
        // 8 × 4 TB: a rebuild reads 7 × 4 TB = 2.24e14 bits; 1 − e^(−0.224) ≈ 20.1 % at 10^-15.
        var at = 0;
        var finding = RuleAssert.FiresOnce("HA305", d =>
        {
            var array = d.AddStorageArray("array");
            at = Here.Line() + 1;
            array.AddRaidGroup("rg", RaidLevel.Raid5, disks: 8, diskSize: DataSize.Terabytes(4), diskIops: 80).WithHotSpares(1);
        }, () => at, "rg");
        Assert.Contains("20.1 %", finding.Message);
        Assert.Contains("RAID6", finding.Message);
    }

    [Fact]
    [Silent("HA305")]
    public void HA305_is_silent_for_a_small_read_mostly_raid5_and_for_raid6() =>
        RuleAssert.Silent("HA305", d =>
        {
            var array = d.AddStorageArray("array");
            array.AddRaidGroup("rg", RaidLevel.Raid5, disks: 4, diskSize: DataSize.Gigabytes(600), diskIops: 180)
                .WithHotSpares(1)
                .Workload(iops: 100, readRatio: 0.7);
            array.AddRaidGroup("big", RaidLevel.Raid6, disks: 8, diskSize: DataSize.Terabytes(4), diskIops: 80)
                .WithHotSpares(1)
                .Workload(iops: 100, readRatio: 0.2);
        });

    [Fact]
    [Fires("HA306")]
    public void HA306_fires_on_a_server_with_one_hba()
    {
        var at = 0;
        RuleAssert.FiresOnce("HA306", d =>
        {
            var san = d.AddSanSwitch("san-a");
            at = Here.Line() + 1;
            d.AddServer("db").WithHbas(Multipath.Enabled, san);
        }, () => at, "db", "db/hba-1");
    }

    [Fact]
    [Silent("HA306")]
    public void HA306_is_silent_with_two_hbas() =>
        RuleAssert.Silent("HA306", d =>
        {
            var sanA = d.AddSanSwitch("san-a");
            var sanB = d.AddSanSwitch("san-b");
            d.AddServer("db").WithHbas(Multipath.Enabled, sanA, sanB);
        });

    [Fact]
    [Fires("HA307")]
    public void HA307_fires_on_several_hbas_without_multipath()
    {
        var at = 0;
        RuleAssert.FiresOnce("HA307", d =>
        {
            var sanA = d.AddSanSwitch("san-a");
            var sanB = d.AddSanSwitch("san-b");
            at = Here.Line() + 1;
            d.AddServer("db").WithHbas(Multipath.Disabled, sanA, sanB);
        }, () => at, "db", "db/hba-1", "db/hba-2");
    }

    [Fact]
    [Silent("HA307")]
    public void HA307_is_silent_with_multipath() =>
        RuleAssert.Silent("HA307", d =>
        {
            var sanA = d.AddSanSwitch("san-a");
            var sanB = d.AddSanSwitch("san-b");
            d.AddServer("db").WithHbas(Multipath.Enabled, sanA, sanB);
        });

    [Fact]
    [Fires("HA308")]
    public void HA308_fires_when_every_hba_is_on_one_fabric()
    {
        var at = 0;
        RuleAssert.FiresOnce("HA308", d =>
        {
            var san = d.AddSanSwitch("san-a");
            at = Here.Line() + 1;
            d.AddServer("db").WithHbas(Multipath.Enabled, san, san);
        }, () => at, "db", "db/hba-1", "db/hba-2", "san-a");
    }

    [Fact]
    [Silent("HA308")]
    public void HA308_is_silent_with_two_fabrics() =>
        RuleAssert.Silent("HA308", d =>
        {
            var sanA = d.AddSanSwitch("san-a");
            var sanB = d.AddSanSwitch("san-b");
            d.AddServer("db").WithHbas(Multipath.Enabled, sanA, sanB);
        });

    [Fact]
    [Fires("HA309")]
    public void HA309_fires_on_an_array_with_one_controller()
    {
        var at = 0;
        RuleAssert.FiresOnce("HA309", d =>
        {
            at = Here.Line() + 1;
            d.AddStorageArray("array").WithControllers(1);
        }, () => at, "array", "array/controller-1");
    }

    [Fact]
    [Silent("HA309")]
    public void HA309_is_silent_with_two_controllers_or_none_declared() =>
        RuleAssert.Silent("HA309", d =>
        {
            d.AddStorageArray("array").WithControllers(2);
            d.AddStorageArray("other");
        });

    [Fact]
    [Fires("HA310")]
    public void HA310_fires_when_volumes_exceed_the_usable_capacity()
    {
        // RAID10 of 8 × 1.2 TB offers 4.8 TB; 3 TB + 2 TB = 5 TB.
        var at = 0;
        var finding = RuleAssert.FiresOnce("HA310", d =>
        {
            var array = d.AddStorageArray("array");
            at = Here.Line() + 1;
            var rg = array.AddRaidGroup("rg-data", RaidLevel.Raid10, disks: 8, diskSize: DataSize.Terabytes(1.2), diskIops: 180).WithHotSpares(1);
            rg.AddVolume("lu-a", DataSize.Terabytes(3));
            rg.AddVolume("lu-b", DataSize.Terabytes(2));
        }, () => at, "rg-data", "lu-a", "lu-b");
        Assert.StartsWith("volumes need 5.0 TB, rg-data offers 4.8 TB usable", finding.Message);
    }

    [Fact]
    [Silent("HA310")]
    public void HA310_is_silent_when_the_volumes_fit_exactly() =>
        RuleAssert.Silent("HA310", d =>
        {
            var rg = d.AddStorageArray("array").AddRaidGroup("rg-data", RaidLevel.Raid10, disks: 8, diskSize: DataSize.Terabytes(1.2), diskIops: 180);
            rg.AddVolume("lu-a", DataSize.Terabytes(2.8));
            rg.AddVolume("lu-b", DataSize.Terabytes(2));
        });

    [Fact]
    [Fires("HA311")]
    public void HA311_fires_when_the_mixed_iops_are_below_the_workload()
    {
        // RAID5 of 4 × 150 IOPS at 50 % reads: 600 / (0.5 + 0.5 × 4) = 240 IOPS < 300.
        var at = 0;
        var finding = RuleAssert.FiresOnce("HA311", d =>
        {
            var array = d.AddStorageArray("array");
            at = Here.Line() + 1;
            array.AddRaidGroup("rg", RaidLevel.Raid5, disks: 4, diskSize: DataSize.Gigabytes(600), diskIops: 150)
                .Workload(iops: 300, readRatio: 0.5);
        }, () => at, "rg");
        Assert.Contains("serves 240 IOPS", finding.Message);
        Assert.Contains("needs 300 IOPS", finding.Message);
    }

    [Fact]
    [Silent("HA311")]
    public void HA311_is_silent_when_raid10_carries_the_same_workload() =>
        // RAID10 of 4 × 150 IOPS at 50 % reads: 600 / (0.5 + 0.5 × 2) = 400 IOPS ≥ 300.
        RuleAssert.Silent("HA311", d =>
            d.AddStorageArray("array")
                .AddRaidGroup("rg", RaidLevel.Raid10, disks: 4, diskSize: DataSize.Gigabytes(600), diskIops: 150)
                .Workload(iops: 300, readRatio: 0.5));

    [Fact]
    [Silent("HA311")]
    public void HA311_is_silent_when_the_disk_iops_is_zero_which_HA003_reports()
    {
        // A disk IOPS of 0 is out of range: HA003 fires and the group has no IOPS figure to compare.
        static void Design(DesignBuilder d) =>
            d.AddStorageArray("array")
                .AddRaidGroup("rg", RaidLevel.Raid5, disks: 4, diskSize: DataSize.Gigabytes(600), diskIops: 0)
                .Workload(iops: 300, readRatio: 0.5);
        RuleAssert.Silent("HA311", Design);
        Assert.NotEmpty(RuleAssert.All("HA003", Design));
    }

    /// <summary>A two-node active-standby cluster whose data lives on a volume of a group at <paramref name="level"/>.</summary>
    private static (VolumeBuilder Volume, DatabaseClusterBuilder Cluster, VolumeBuilder BackupTarget) DataOn(
        DesignBuilder d, RaidLevel level, Action<int>? groupLine = null, Action<int>? volumeLine = null)
    {
        var array = d.AddStorageArray("array");
        groupLine?.Invoke(Here.Line() + 1);
        var rg = array.AddRaidGroup("rg", level, disks: 4, diskSize: DataSize.Terabytes(1), diskIops: 100).WithHotSpares(1);
        volumeLine?.Invoke(Here.Line() + 1);
        var volume = rg.AddVolume("lu-db", DataSize.Terabytes(1));
        var target = d.AddStorageArray("vault")
            .AddRaidGroup("rg-vault", RaidLevel.Raid6, disks: 4, diskSize: DataSize.Terabytes(2), diskIops: 100)
            .WithHotSpares(1)
            .AddVolume("lu-backup", DataSize.Terabytes(2));
        var n1 = d.AddServer("n1");
        var n2 = d.AddServer("n2");
        var cluster = d.AddDatabaseCluster("db", ClusterMode.ActiveStandby).Nodes(n1, n2).SharedStorage(volume);
        return (volume, cluster, target);
    }
}
