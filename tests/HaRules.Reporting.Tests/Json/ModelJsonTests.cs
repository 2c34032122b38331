using System;
using System.Linq;
using HaRules.Running;
using HaRules.Model;
using HaRules.Reporting.Json;
using Samples.FragileShop;
using Samples.WebShop;
using Xunit;

namespace HaRules.Reporting.Tests.Json;

public sealed class ModelJsonTests
{
    public static TheoryData<string> Designs => new() { "WebShop", "FragileShop", "Edge" };

    [Theory]
    [MemberData(nameof(Designs))]
    public void Model_to_json_to_model_is_lossless(string name)
    {
        var model = Build(name);
        var json = ModelJson.Serialize(model);
        var back = ModelJson.Deserialize(json);

        Assert.Equal(model.Name, back.Name);
        Assert.Equal(model.Components, back.Components);
        Assert.Equal(model.Groups, back.Groups);
        Assert.Equal(model.Relations, back.Relations);
        Assert.Equal(model.Acceptances, back.Acceptances);
        Assert.Equal(model.Problems, back.Problems);
        Assert.Equal(json, ModelJson.Serialize(back));
    }

    [Fact]
    public void Property_types_survive_the_round_trip()
    {
        var back = ModelJson.Deserialize(ModelJson.Serialize(Build("Edge")));
        var ext = back.FindComponent("ext")!.Properties;
        Assert.Equal(PropertyType.Number, ext[PropertyNames.Availability].Type);
        Assert.True(double.IsNaN(ext.GetNumber(PropertyNames.Availability)!.Value));
        var rg = back.FindComponent("rg")!.Properties;
        Assert.Equal(PropertyType.Integer, rg[PropertyNames.DiskSizeBytes].Type);
        Assert.Equal(18_000_000_000_000, rg.GetInteger(PropertyNames.DiskSizeBytes));
        Assert.Equal(PropertyType.Text, rg[PropertyNames.RaidLevel].Type);
        Assert.Equal(PropertyType.Boolean, back.FindComponent("fw")!.Properties[PropertyNames.StateSync].Type);
        Assert.Equal(0.1 + 0.2, back.FindComponent("rg")!.Properties.GetNumber(PropertyNames.ReadRatio));
    }

    [Fact]
    public void The_same_model_always_gives_the_same_bytes() =>
        Assert.Equal(ModelJson.Serialize(Build("WebShop")), ModelJson.Serialize(Build("WebShop")));

    [Fact]
    public void Text_that_is_not_a_model_is_a_format_error() =>
        Assert.Throws<FormatException>(() => ModelJson.Deserialize("{\"name\": 3}"));

    private static DesignModel Build(string name) => name switch
    {
        "WebShop" => DesignEvaluator.Evaluate(new WebShopDesign()),
        "FragileShop" => DesignEvaluator.Evaluate(new FragileShopDesign()),
        _ => Edge(),
    };

    // Odd values on purpose: NaN, a huge size, a sum that is not exactly 0.3, hostile names, a foreign reference.
    private static DesignModel Edge()
    {
        var d = new DesignBuilder("Edge \"design\" <x>");
        d.AddComponent("ext").Availability(double.NaN).Mtbf(TimeSpan.FromHours(1e5)).Accept("HA101", "ünïcode \"quoted\"\n", "2030-01-01");
        d.AddStorageArray("arr").AddRaidGroup("rg", RaidLevel.Raid60, 12, DataSize.Terabytes(18), 80.5, legs: 2).Workload(10, 0.1 + 0.2);
        d.AddFirewall("fw").WithStandby(stateSync: true);
        d.AddServer("<script>", replicas: 2).DependsOnAtLeast(1, new DesignBuilder("Other").AddSwitch("foreign"));
        return d.Build();
    }
}
