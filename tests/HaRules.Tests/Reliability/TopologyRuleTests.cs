using System.Linq;
using HaRules.Findings;
using HaRules.Tests.Support;
using Xunit;
using HaRules.TestCoverage;

namespace HaRules.Tests.Reliability;

/// <summary>HA101–HA105 on designs written in the DSL: each fires on the flawed design, at the right line, and not on the fixed one.</summary>
public sealed class TopologyRuleTests
{
    [Fact]
    [Fires("HA101")]
    public void HA101_names_the_single_load_balancer_with_the_path_from_the_service()
    {
        var lbLine = 0;
        var result = Check.Design(d =>
        {
            var web = d.AddServer("web", replicas: 2);
            lbLine = Here.Line(); var lb = d.AddLoadBalancer("lb").HealthCheck(System.TimeSpan.FromSeconds(5)).Targets(web);
            var dns = d.AddDnsName("shop.example.com").Resolves(lb);
            d.AddService("shop").EntryPoint(dns);
        });

        var finding = Assert.Single(result.Findings("HA101"));
        Assert.Equal(new[] { "lb", "shop" }, finding.Components);
        Assert.Equal(lbLine, finding.Location.Line);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains("shop → shop.example.com → lb", finding.Message);
        Assert.Contains("WithStandby()", finding.Message);
    }

    [Fact]
    [Silent("HA101")]
    public void HA101_is_silent_once_the_load_balancer_has_a_standby()
    {
        var result = Check.Design(d =>
        {
            var web = d.AddServer("web", replicas: 2);
            var lb = d.AddLoadBalancer("lb").WithStandby().HealthCheck(System.TimeSpan.FromSeconds(5)).Targets(web);
            var dns = d.AddDnsName("shop.example.com").Resolves(lb);
            d.AddService("shop").EntryPoint(dns);
        });

        Assert.Empty(result.Findings("HA101"));
    }

    [Fact]
    public void HA101_follows_power_down_to_the_ups_and_an_acceptance_on_it_covers_the_finding()
    {
        var result = Check.Design(d =>
        {
            var ups = d.AddUps("ups-a").Accept("HA101", "a generator backs this UPS");
            var web = d.AddServer("web-1").WithPowerSupplies(ups);
            d.AddService("shop").EntryPoint(web);
        });

        var findings = result.Findings("HA101");
        // The single PSU is folded into the finding on its owner: one finding per root cause.
        Assert.Equal(new[] { "ups-a", "web-1" }, findings.Select(f => f.Components[0]).OrderBy(n => n, System.StringComparer.Ordinal));
        Assert.Contains("web-1/psu-1", findings.Single(f => f.Components[0] == "web-1").Components);
        var ups = findings.Single(f => f.Components[0] == "ups-a");
        Assert.Contains("shop → web-1 → web-1/psu-1 → ups-a", ups.Message);
        Assert.True(ups.Accepted);
    }

    [Fact]
    [Fires("HA102")]
    public void HA102_names_the_shared_ups_first_then_the_replicas()
    {
        var upsLine = 0;
        var result = Check.Design(d =>
        {
            var feed = d.AddPowerFeed("panel-a");
            upsLine = Here.Line(); var ups = d.AddUps("ups-a").FedBy(feed);
            d.AddServer("app", replicas: 2).WithPowerSupplies(ups);
        });

        var finding = Assert.Single(result.Findings("HA102"));
        Assert.Equal(new[] { "ups-a", "app-1", "app-2" }, finding.Components);
        Assert.Equal(upsLine, finding.Location.Line);
        Assert.Contains("so does panel-a", finding.Message);
    }

    [Fact]
    public void HA102_leaves_a_redundancy_a_targeted_rule_reports_to_it_and_is_one_finding_per_shared_event()
    {
        var result = Check.Design(d =>
        {
            var ups = d.AddUps("ups-a");
            d.AddServer("db-1").WithPowerSupplies(ups, ups);
            d.AddServer("app", replicas: 2).WithPowerSupplies(ups);
            d.AddServer("batch", replicas: 2).WithPowerSupplies(ups);
        });

        // db-1's two PSUs on one UPS are HA202's; the two groups behind ups-a are one HA102.
        Assert.Single(result.Findings("HA202"));
        var finding = Assert.Single(result.Findings("HA102"));
        Assert.Equal(new[] { "ups-a", "app-1", "app-2", "batch-1", "batch-2" }, finding.Components);
        Assert.Contains("the replicas of app (app-1, app-2)", finding.Message);
        Assert.Contains("the replicas of batch (batch-1, batch-2)", finding.Message);
    }

    [Fact]
    [Silent("HA102")]
    public void HA102_is_silent_when_the_members_share_only_redundant_sources()
    {
        var result = Check.Design(d =>
        {
            var upsA = d.AddUps("ups-a");
            var upsB = d.AddUps("ups-b");
            d.AddServer("db-1").WithPowerSupplies(upsA, upsB);
            d.AddServer("web", replicas: 2).WithPowerSupplies(upsA, upsB);
        });

        Assert.Empty(result.Findings("HA102"));
    }

    [Fact]
    public void HA102_names_the_rack_shared_by_every_replica()
    {
        var result = Check.Design(d =>
        {
            var rack = d.AddRack("rack-1");
            d.AddServer("ap", replicas: 3).InRack(rack);
        });

        var finding = Assert.Single(result.Findings("HA102"));
        Assert.Equal(new[] { "rack-1", "ap-1", "ap-2", "ap-3" }, finding.Components);
    }

    [Fact]
    [Fires("HA103")]
    public void HA103_names_a_smallest_cut_set_at_the_service()
    {
        var serviceLine = 0;
        var result = Check.Design(d =>
        {
            var web = d.AddServer("web", replicas: 3);
            var lb = d.AddLoadBalancer("lb").WithStandby().Targets(web);
            serviceLine = Here.Line(); d.AddService("shop").EntryPoint(lb).TolerateFailures(2);
        });

        var finding = Assert.Single(result.Findings("HA103"));
        Assert.Equal(new[] { "shop", "lb", "lb/standby" }, finding.Components);
        Assert.Equal(serviceLine, finding.Location.Line);
        Assert.Contains("TolerateFailures(2)", finding.Message);
    }

    [Fact]
    [Silent("HA103")]
    public void HA103_is_silent_when_the_tolerance_is_met()
    {
        var result = Check.Design(d =>
        {
            var web = d.AddServer("web", replicas: 3);
            var lb = d.AddLoadBalancer("lb").WithStandby().Targets(web);
            d.AddService("shop").EntryPoint(lb).TolerateFailures(1);
        });

        Assert.Empty(result.Findings("HA103"));
        Assert.Equal(1, HaRules.Reliability.ReliabilityAnalysis.Analyze(result.Model).Services[0].ToleratedFailures);
    }

    [Fact]
    [Fires("HA104")]
    public void HA104_shows_both_availabilities_with_downtime()
    {
        var serviceLine = 0;
        var result = Check.Design(d =>
        {
            var web = d.AddServer("web-1").Availability(0.999);
            serviceLine = Here.Line(); d.AddService("shop").EntryPoint(web).AvailabilityTarget(0.9999);
        });

        var finding = Assert.Single(result.Findings("HA104"));
        Assert.Equal(new[] { "shop" }, finding.Components);
        Assert.Equal(serviceLine, finding.Location.Line);
        Assert.Contains("99.90 % (8 h 46 m down per year)", finding.Message);
        Assert.Contains("99.99 % (52.6 m down per year)", finding.Message);
    }

    [Fact]
    [Silent("HA104")]
    public void HA104_is_silent_when_the_target_is_met()
    {
        var result = Check.Design(d =>
        {
            var web = d.AddServer("web", replicas: 2).Availability(0.999);
            var lb = d.AddLoadBalancer("lb").Availability(1.0).Targets(web);
            d.AddService("shop").EntryPoint(lb).AvailabilityTarget(0.9999);
        });

        Assert.Empty(result.Findings("HA104"));
    }

    [Theory]
    [Silent("HA104")]
    [InlineData(99.95)]
    [InlineData(1.5)]
    [InlineData(0.0)]
    [InlineData(-0.5)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void HA104_is_silent_on_an_out_of_range_target_which_HA003_reports(double target)
    {
        // A single server of 99.9 % is below every valid target above 99.9 %, so only the target's
        // validity can keep HA104 quiet here; 99.95 is the percentage written where a ratio belongs.
        var result = Check.Design(d =>
        {
            var web = d.AddServer("web-1").Availability(0.999);
            d.AddService("shop").EntryPoint(web).AvailabilityTarget(target);
        });

        Assert.Empty(result.Findings("HA104"));
        var invalid = Assert.Single(result.Findings("HA003"));
        Assert.Equal(new[] { "shop" }, invalid.Components);
        Assert.Contains("the availability target must be above 0 and at most 1", invalid.Message);
        Assert.Null(Assert.Single(result.Reliability.Services).AvailabilityTarget);
    }

    [Fact]
    [Fires("HA104")]
    public void HA104_still_judges_the_boundary_target_of_one()
    {
        var result = Check.Design(d =>
        {
            var web = d.AddServer("web-1").Availability(0.999);
            d.AddService("shop").EntryPoint(web).AvailabilityTarget(1.0);
        });

        Assert.Single(result.Findings("HA104"));
        Assert.Empty(result.Findings("HA003"));
    }

    [Fact]
    [Fires("HA105")]
    public void HA105_fires_when_one_loss_leaves_less_than_the_peak()
    {
        var lbLine = 0;
        var result = Check.Design(d =>
        {
            var web = d.AddServer("web", replicas: 2).RunsWebServer(maxWorkers: 256);
            lbLine = Here.Line(); var lb = d.AddLoadBalancer("lb").WithStandby().Targets(web);
            d.AddService("shop").EntryPoint(lb).PeakConcurrentRequests(400);
        });

        var finding = Assert.Single(result.Findings("HA105"));
        Assert.Equal(new[] { "lb", "web-1", "web-2" }, finding.Components);
        Assert.Equal(lbLine, finding.Location.Line);
        Assert.Contains("256 remain", finding.Message);
        Assert.Contains("at least 3 targets", finding.Message);

        // Both servers are needed for the peak, so each is also a single point of failure: one finding on the group.
        var spof = Assert.Single(result.Findings("HA101"));
        Assert.Equal("web", spof.Group);
        Assert.Equal(new[] { "web-1", "web-2" }, spof.Components.Take(2));
        Assert.Contains("at least 3 targets of 256 workers", spof.Message);
    }

    [Fact]
    [Silent("HA105")]
    public void HA105_is_silent_with_a_spare_member()
    {
        var result = Check.Design(d =>
        {
            var web = d.AddServer("web", replicas: 3).RunsWebServer(maxWorkers: 256);
            var lb = d.AddLoadBalancer("lb").WithStandby().Targets(web);
            d.AddService("shop").EntryPoint(lb).PeakConcurrentRequests(400);
        });

        Assert.Empty(result.Findings("HA105"));
        Assert.Empty(result.Findings("HA101"));
    }

    [Fact]
    public void Reference_design_has_no_topology_finding_and_four_nines()
    {
        var builder = new DesignBuilder("WebShopDesign");
        new Samples.WebShop.WebShopDesign().Describe(builder);
        var model = builder.Build();

        var result = HaRules.Checking.DesignChecker.Check(model);
        Assert.DoesNotContain(result.Findings, f => f.RuleId.StartsWith("HA1", System.StringComparison.Ordinal));

        var shop = HaRules.Reliability.ReliabilityAnalysis.Analyze(model).Services.Single();
        Assert.True(shop.Availability >= 0.9999, $"computed {shop.Availability:R}");
        Assert.True(shop.AvailabilityIsExact);
        Assert.Empty(shop.SinglePointsOfFailure);
        Assert.Equal(1, shop.ToleratedFailures);
        Assert.Contains(shop.MinimalCutSets, s => s.SequenceEqual(new[] { "ups-a", "ups-b" }));
        Assert.Contains(shop.MinimalCutSets, s => s.SequenceEqual(new[] { "sw-a", "sw-b" }));
    }

    [Fact]
    public void Fragile_shop_fires_every_topology_rule()
    {
        var builder = new DesignBuilder("FragileShopDesign");
        new Samples.FragileShop.FragileShopDesign().Describe(builder);
        var result = HaRules.Checking.DesignChecker.Check(builder.Build());

        foreach (var id in new[] { "HA101", "HA102", "HA103", "HA104", "HA105" })
        {
            Assert.Contains(result.Findings, f => f.RuleId == id);
        }

        Assert.Contains(result.Findings("HA101"), f => f.Components.SequenceEqual(new[] { "ups", "shop", "reporting" }));
        var ha102 = result.Findings("HA102").Single(f => f.Components[0] == "rack-1");
        Assert.Equal(new[] { "rack-1", "batch-1", "batch-2" }, ha102.Components);
        var ha105 = Assert.Single(result.Findings("HA105"));
        Assert.Equal("shop.example.com", ha105.Components[0]);
    }

    [Fact]
    [Fires("HA106")]
    public void HA106_fires_once_on_a_design_with_components_and_no_service()
    {
        var at = 0;
        var result = Check.Design(d =>
        {
            at = Here.Line() + 1;
            var web = d.AddServer("web", replicas: 2);
            d.AddLoadBalancer("lb").HealthCheck(System.TimeSpan.FromSeconds(5)).Targets(web);
        });

        var finding = Assert.Single(result.Findings("HA106"));
        Assert.Empty(finding.Components);
        Assert.Equal(at, finding.Location.Line);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.StartsWith("the design declares ", finding.Message);
        Assert.Contains("single points of failure, cut sets and availability were not computed, because nothing says what must stay up", finding.Message);
        // The single load balancer is a single point of failure, but nothing says for what.
        Assert.Empty(result.Findings("HA101"));
    }

    [Fact]
    [Silent("HA106")]
    public void HA106_is_silent_with_a_service_or_on_an_empty_design()
    {
        var withService = Check.Design(d =>
        {
            var web = d.AddServer("web", replicas: 2);
            var lb = d.AddLoadBalancer("lb").WithStandby().HealthCheck(System.TimeSpan.FromSeconds(5)).Targets(web);
            d.AddService("shop").EntryPoint(lb);
        });
        Assert.Empty(withService.Findings("HA106"));
        Assert.Empty(Check.Design(_ => { }).Findings("HA106"));
    }

    [Fact]
    [Silent("HA106")]
    public void HA106_is_silent_on_a_design_whose_code_stopped_before_its_service()
    {
        // The service may be what the design never reached: HA006 says the design stopped, and
        // "declares no service" would send its author looking for the wrong mistake.
        var model = HaRules.Running.DesignEvaluator.Evaluate("Stopped", d =>
        {
            var web = d.AddServer("web", replicas: 2);
            d.AddLoadBalancer("lb").WithStandby().HealthCheck(System.TimeSpan.FromSeconds(5)).Targets(web);
            throw new System.InvalidOperationException("inventory unavailable");
        });
        var result = HaRules.Checking.DesignChecker.Check(model, new HaRules.Checking.CheckOptions { Today = Check.Today });

        Assert.Single(result.Findings("HA006"));
        Assert.Empty(result.Findings("HA106"));
    }

    [Fact]
    public void HA106_advice_applied_as_written_clears_it()
    {
        static System.Action<DesignBuilder> Shop(bool service) => d =>
        {
            var web = d.AddServer("web", replicas: 2);
            var lb = d.AddLoadBalancer("lb").WithStandby().HealthCheck(System.TimeSpan.FromSeconds(5)).Targets(web);
            if (service)
            {
                d.AddService("shop").EntryPoint(lb);
            }
        };

        Rules.RuleAssert.FixWorks("HA106", Shop(service: false), Shop(service: true));
    }
}
