using System;
using System.Collections.Generic;
using System.Linq;
using HaRules.Findings;
using HaRules.Model;
using HaRules.Rules;
using HaRules.Running;
using HaRules.Tests.Rules;
using Samples.FragileShop;
using Samples.WebShop;
using Xunit;

namespace HaRules.Tests.Findings;

/// <summary>
/// A judged fact asked by a component's position (<see cref="JudgedFact.IsDeclaredBy(DesignModel, int)"/>,
/// what the reports ask) answers what the same fact asked by name does, here computed again by
/// name in the test, as the facts were written before they were indexed: on the samples, on random
/// designs (duplicate names, replica groups, parts, foreign references) and on hand-made models
/// whose owners and relation sources name no component.
/// </summary>
public sealed class JudgedFactsByPositionTests
{
    private static readonly SourceLocation At = SourceLocation.None;

    public static IEnumerable<object[]> Seeds() => Enumerable.Range(0, 150).Select(i => new object[] { i });

    [Fact]
    public void The_samples_answer_by_position_as_by_name()
    {
        var answers = new Answers();
        answers.Compare(DesignEvaluator.Evaluate(new WebShopDesign()));
        answers.Compare(DesignEvaluator.Evaluate(new FragileShopDesign()));

        // Declared, left out and not needed all occur, or the comparison would prove little.
        Assert.True(answers.Declared > 10 && answers.LeftOut > 0 && answers.NotNeeded > 0, answers.ToString());
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Random_designs_answer_by_position_as_by_name(int seed)
    {
        var builder = new DesignBuilder("Random" + seed);
        new RandomDesignPropertyTests.RandomDesign(new Random(seed)).Describe(builder);
        new Answers().Compare(builder.Build());
    }

    [Fact]
    public void Duplicate_names_stand_for_their_first_component()
    {
        var components = new[]
        {
            new Component("s", ComponentKind.Server, At),
            new Component("s/psu-1", ComponentKind.PowerSupply, At, owner: "s"),
            new Component("s", ComponentKind.Server, At, Bag(PropertyNames.MaxWorkers, 4)),
            new Component("s/nic-1", ComponentKind.Nic, At, owner: "s"),
            new Component("db", ComponentKind.DatabaseCluster, At),
            new Component("lb", ComponentKind.LoadBalancer, At),
            new Component("ups", ComponentKind.Ups, At),
        };
        var relations = new[]
        {
            new Relation(RelationKind.Targets, "lb", new[] { "s" }, At),
            new Relation(RelationKind.InRack, "s", new[] { "r" }, At),
            new Relation(RelationKind.ClusterNodes, "db", new[] { "s" }, At),
            new Relation(RelationKind.SharedStorage, "db", new[] { "vol" }, At),
        };
        var model = new DesignModel("Duplicates", components, Array.Empty<ComponentGroup>(), relations, Array.Empty<Acceptance>());

        new Answers().Compare(model);

        // The second "s" is asked about the first's parts and relations, but about its own properties.
        Assert.True(JudgedFacts.PowerSupplies.IsDeclaredBy(model, 2));
        Assert.True(JudgedFacts.Nics.IsDeclaredBy(model, 2));
        Assert.True(JudgedFacts.Rack.IsDeclaredBy(model, 2));
        Assert.True(JudgedFacts.Workers.IsDeclaredBy(model, 2));
        Assert.False(JudgedFacts.Workers.IsDeclaredBy(model, 0));
        Assert.False(JudgedFacts.Hbas.IsDeclaredBy(model, 2));
        Assert.Null(JudgedFacts.Hbas.IsDeclaredBy(model, 5));
        Assert.False(JudgedFacts.FedBy.IsDeclaredBy(model, 6));
    }

    [Fact]
    public void Groups_orphan_parts_and_foreign_components_answer_as_by_name()
    {
        var components = new[]
        {
            new Component("web-1", ComponentKind.Server, At, group: "web"),
            new Component("web-2", ComponentKind.Server, At, group: "web"),
            new Component("web", ComponentKind.Server, At),
            new Component("ghost/psu-1", ComponentKind.PowerSupply, At, owner: "ghost"),
            new Component("web-1/hba-1", ComponentKind.Hba, At, owner: "web-1"),
            new Component("db", ComponentKind.DatabaseCluster, At, Bag(PropertyNames.ClusterMode, nameof(ClusterMode.SharedEverything))),
            new Component("pool-db", ComponentKind.DatabaseCluster, At, Bag(PropertyNames.MaxConnections, 100)),
            new Component("ups", ComponentKind.Ups, At),
        };
        var groups = new[] { new ComponentGroup("web", ComponentKind.Server, new[] { "web-1", "web-2", "nowhere" }, At, 2) };
        var relations = new[]
        {
            // The group's name is taken for the group (its members), not for the component "web".
            new Relation(RelationKind.Targets, "lb", new[] { "web" }, At),
            new Relation(RelationKind.ClusterNodes, "db", new[] { "web" }, At),
            new Relation(RelationKind.QuorumDevice, "db", new[] { "q" }, At),
            new Relation(RelationKind.Witness, "db", new[] { "w" }, At),
            new Relation(RelationKind.ConnectionPool, "app", new[] { "pool-db", "unknown-db", "web" }, At),
            new Relation(RelationKind.FedBy, "ghost", new[] { "feed" }, At),
            new Relation(RelationKind.FedBy, "ups", Array.Empty<string>(), At),
        };
        var model = new DesignModel("Groups", components, groups, relations, Array.Empty<Acceptance>());

        var answers = new Answers();
        answers.Compare(model);

        // Components the model does not hold are asked by name: "ghost" owns a PSU and is fed.
        answers.CompareForeign(model, new Component("ghost", ComponentKind.Ups, At));
        answers.CompareForeign(model, new Component("ghost", ComponentKind.Server, At));
        answers.CompareForeign(model, new Component("unknown-db", ComponentKind.DatabaseCluster, At));
        Assert.True(JudgedFacts.FedBy.IsDeclaredBy(model, new Component("ghost", ComponentKind.Ups, At)));
        Assert.True(JudgedFacts.PowerSupplies.IsDeclaredBy(model, new Component("ghost", ComponentKind.Server, At)));
        Assert.False(JudgedFacts.Connections.IsDeclaredBy(model, new Component("unknown-db", ComponentKind.DatabaseCluster, At)));
        Assert.True(JudgedFacts.FedBy.IsDeclaredBy(model, 7));
        Assert.True(JudgedFacts.Hbas.IsDeclaredBy(model, 0));
        Assert.False(JudgedFacts.Hbas.IsDeclaredBy(model, 1));
        Assert.Null(JudgedFacts.Hbas.IsDeclaredBy(model, 2));
        Assert.False(JudgedFacts.Workers.IsDeclaredBy(model, 0));
        Assert.Null(JudgedFacts.Workers.IsDeclaredBy(model, 2));
        Assert.True(JudgedFacts.Quorum.IsDeclaredBy(model, 5));
        Assert.True(JudgedFacts.Connections.IsDeclaredBy(model, 6));
    }

    private static PropertyBag Bag(string key, object value) => PropertyBag.From(new[]
    {
        new KeyValuePair<string, PropertyValue>(key, value is string text ? PropertyValue.FromText(text) : PropertyValue.FromInteger(Convert.ToInt64(value))),
    });

    // Every fact of every component, by position and by name, against the answer computed here.
    private sealed class Answers
    {
        public int Declared { get; private set; }

        public int LeftOut { get; private set; }

        public int NotNeeded { get; private set; }

        public void Compare(DesignModel model)
        {
            var roles = new Roles(model);
            for (var i = 0; i < model.Components.Count; i++)
            {
                var component = model.Components[i];
                foreach (var fact in JudgedFacts.InColumnOrder)
                {
                    var expected = ByName(fact, model, roles, component);
                    Assert.True(expected == fact.IsDeclaredBy(model, i), $"{fact} of {component.Name} (#{i}) by position: expected {expected}");
                    Assert.True(expected == fact.IsDeclaredBy(model, component), $"{fact} of {component.Name} (#{i}) by name: expected {expected}");
                    Count(expected);
                }
            }
        }

        public void CompareForeign(DesignModel model, Component component)
        {
            var roles = new Roles(model);
            foreach (var fact in JudgedFacts.InColumnOrder)
            {
                var expected = ByName(fact, model, roles, component);
                Assert.True(expected == fact.IsDeclaredBy(model, component), $"{fact} of foreign {component.Name}: expected {expected}");
            }
        }

        public override string ToString() => $"declared {Declared}, left out {LeftOut}, not needed {NotNeeded}";

        private void Count(bool? answer)
        {
            switch (answer)
            {
                case true: Declared++; break;
                case false: LeftOut++; break;
                default: NotNeeded++; break;
            }
        }
    }

    // The facts as written by name: parts and relations looked up by the component's name, roles as sets of names.
    private static bool? ByName(JudgedFact fact, DesignModel model, Roles roles, Component c)
    {
        bool Part(ComponentKind kind) => model.PartsOf(c.Name).Any(p => p.Kind == kind);
        bool Related(RelationKind kind) => model.RelationsFrom(c.Name).Any(r => r.Kind == kind);
        bool Has(string property) => c.Properties.ContainsKey(property);
        var mode = c.Properties.GetText(PropertyNames.ClusterMode);

        if (fact == JudgedFacts.AvailabilityTarget) return Has(PropertyNames.AvailabilityTarget);
        if (fact == JudgedFacts.FailuresToTolerate) return Has(PropertyNames.TolerateFailures);
        if (fact == JudgedFacts.PeakLoad) return Has(PropertyNames.PeakConcurrentRequests);
        if (fact == JudgedFacts.PowerSupplies) return Part(ComponentKind.PowerSupply);
        if (fact == JudgedFacts.Nics) return Part(ComponentKind.Nic);
        if (fact == JudgedFacts.Hbas) return roles.SharedStorageNodes.Contains(c.Name) ? Part(ComponentKind.Hba) : null;
        if (fact == JudgedFacts.Controllers) return Part(ComponentKind.Controller);
        if (fact == JudgedFacts.Rack) return Related(RelationKind.InRack);
        if (fact == JudgedFacts.HealthCheck) return Has(PropertyNames.HealthCheckSeconds);
        if (fact == JudgedFacts.IdleTimeout) return Has(PropertyNames.IdleTimeoutSeconds);
        if (fact == JudgedFacts.Workers) return roles.TrafficTargets.Contains(c.Name) ? Has(PropertyNames.MaxWorkers) : null;
        if (fact == JudgedFacts.Heartbeat) return mode == nameof(ClusterMode.SharedNothing) ? null : Related(RelationKind.Heartbeat);
        if (fact == JudgedFacts.Quorum) return mode == nameof(ClusterMode.SharedNothing) ? null : Related(RelationKind.QuorumDevice) || Related(RelationKind.Witness);
        if (fact == JudgedFacts.Connections) return roles.PoolTargets.Contains(c.Name) ? Has(PropertyNames.MaxConnections) : null;
        if (fact == JudgedFacts.ClusterWorkload) return mode == nameof(ClusterMode.SharedEverything) ? Has(PropertyNames.ReadRatio) : null;
        if (fact == JudgedFacts.RaidWorkload) return Has(PropertyNames.WorkloadIops);
        if (fact == JudgedFacts.FedBy) return Related(RelationKind.FedBy);
        throw new InvalidOperationException("a fact this test does not know: " + fact);
    }

    // Who plays which role, by name: members of clusters on shared storage or a quorum volume,
    // whatever traffic is sent to (groups expanded), and the names pools connect to.
    private sealed class Roles
    {
        public Roles(DesignModel model)
        {
            foreach (var relation in model.Relations)
            {
                if (relation.Kind == RelationKind.ClusterNodes
                    && model.RelationsFrom(relation.From).Any(r => r.Kind is RelationKind.SharedStorage or RelationKind.QuorumDevice))
                {
                    SharedStorageNodes.UnionWith(relation.Targets.SelectMany(model.Resolve).Select(c => c.Name));
                }
                else if (relation.Kind is RelationKind.Targets or RelationKind.RoundRobin or RelationKind.Resolves)
                {
                    TrafficTargets.UnionWith(relation.Targets.SelectMany(model.Resolve).Select(c => c.Name));
                }
                else if (relation.Kind == RelationKind.ConnectionPool)
                {
                    PoolTargets.UnionWith(relation.Targets);
                }
            }
        }

        public HashSet<string> SharedStorageNodes { get; } = new(StringComparer.Ordinal);

        public HashSet<string> TrafficTargets { get; } = new(StringComparer.Ordinal);

        public HashSet<string> PoolTargets { get; } = new(StringComparer.Ordinal);
    }
}
