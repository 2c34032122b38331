using System.Linq;
using HaRules.Reliability;
using Xunit;

namespace HaRules.Tests.Reliability;

/// <summary>The analysis hands the reports each single point of failure with its declared component and path.</summary>
public sealed class SinglePointsOfFailureTests
{
    [Fact]
    public void Each_single_point_of_failure_carries_its_service_owner_and_path()
    {
        var d = new DesignBuilder("Spofs");
        var ups = d.AddUps("ups");
        var web = d.AddServer("web").WithPowerSupplies(ups);
        d.AddService("shop").DependsOn(web);
        var analysis = ReliabilityAnalysis.Analyze(d.Build());

        var psu = Assert.Single(analysis.SinglePointsOfFailure, s => s.Component == "web/psu-1");
        Assert.Equal("shop", psu.Service);
        Assert.Equal("web", psu.DeclaredComponent);
        Assert.Equal("shop", psu.Path[0]);
        Assert.Equal("web/psu-1", psu.Path[psu.Path.Count - 1]);
        Assert.All(analysis.SinglePointsOfFailure, s => Assert.Equal(analysis.DependencyPath(s.Service, s.Component), s.Path));
        Assert.Equal(
            analysis.Services.Single().SinglePointsOfFailure,
            analysis.SinglePointsOfFailure.Select(s => s.Component));
        Assert.Contains("web", analysis.SpofComponents);
        Assert.DoesNotContain("web/psu-1", analysis.SpofComponents);
    }
}
