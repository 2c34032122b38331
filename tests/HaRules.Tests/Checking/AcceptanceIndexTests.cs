using System;
using System.Collections.Generic;
using System.Linq;
using HaRules.Checking;
using HaRules.Findings;
using HaRules.Model;
using Xunit;

namespace HaRules.Tests.Checking;

/// <summary>
/// The acceptance index finds, for every finding, the acceptance the definition finds: the first
/// valid acceptance, in declaration order, that <see cref="AcceptanceApplier.Covers"/> the finding.
/// </summary>
public sealed class AcceptanceIndexTests
{
    private static readonly string[] Rules = { "HA101", "HA203", "HA205" };

    [Fact]
    public void The_first_covering_acceptance_is_the_one_a_search_of_every_acceptance_finds()
    {
        var design = new DesignBuilder("Accepting");
        design.AddServer("web", replicas: 3).WithFans(2);
        design.AddServer("app", replicas: 2);
        design.AddServer("db").WithFans(1);
        var model = design.Build();
        var names = model.Components.Select(c => c.Name)
            .Concat(model.Groups.Select(g => g.Name))
            .Append("nowhere")
            .ToArray();
        Assert.Contains(model.Components, c => c.IsPart);

        var random = new Random(7);
        var covered = 0;
        for (var round = 0; round < 200; round++)
        {
            var valid = Enumerable.Range(0, random.Next(0, 30))
                .Select(i => new Acceptance(names[random.Next(names.Length)], Rules[random.Next(Rules.Length)], "reason " + i, null, SourceLocation.None))
                .ToList();
            var index = new AcceptanceIndex(valid);
            for (var f = 0; f < 40; f++)
            {
                var finding = RandomFinding(random, names, model);
                var expected = valid.FirstOrDefault(a => AcceptanceApplier.Covers(model, a, finding));
                Assert.Same(expected, index.FirstCovering(model, finding));
                covered += expected is null ? 0 : 1;
            }
        }

        // The comparison means something only if many findings are covered, and many are not.
        Assert.InRange(covered, 500, 7_500);
    }

    [Fact]
    public void A_rule_s_acceptances_are_the_first_on_each_target()
    {
        var first = new Acceptance("web", "HA205", "first", null, SourceLocation.None);
        var valid = new List<Acceptance> { new("db", "HA101", "other rule", null, SourceLocation.None), first, new("web", "HA205", "second", null, SourceLocation.None) };

        var byTarget = new AcceptanceIndex(valid).OfRule("HA205");

        Assert.NotNull(byTarget);
        Assert.Same(first, byTarget!["web"].Acceptance);
        Assert.Single(byTarget);
        Assert.Null(new AcceptanceIndex(valid).OfRule("HA203"));
    }

    private static Finding RandomFinding(Random random, string[] names, DesignModel model)
    {
        var components = Enumerable.Range(0, random.Next(0, 3)).Select(_ => names[random.Next(names.Length)]).ToArray();
        var group = random.Next(4) == 0 && model.Groups.Count > 0 ? model.Groups[random.Next(model.Groups.Count)].Name : null;
        return new Finding(Rules[random.Next(Rules.Length)], Severity.Warning, "m", components, SourceLocation.None, group: group);
    }
}
