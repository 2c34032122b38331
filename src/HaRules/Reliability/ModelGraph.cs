using System.Collections.Generic;
using HaRules.Model;

namespace HaRules.Reliability;

/// <summary>
/// The reliability graph of one model together with what ties it back to the model: the node
/// of each component, the services' roots, the redundancy groups and the capacity gates.
/// </summary>
internal sealed class ModelGraph
{
    public ModelGraph(
        DesignModel model,
        ReliabilityGraph graph,
        int[] runNodes,
        int[] eventNodes,
        int[] topLevel,
        int[] services,
        RedundancyGroupStore redundancyGroups,
        IReadOnlyList<CapacityGate> capacityGates)
    {
        Model = model;
        Graph = graph;
        RunNodes = runNodes;
        EventNodes = eventNodes;
        TopLevel = topLevel;
        Services = services;
        RedundancyGroups = redundancyGroups;
        CapacityGates = capacityGates;
    }

    public DesignModel Model { get; }

    public ReliabilityGraph Graph { get; }

    /// <summary>Per component index: the node saying "it runs" (for a pair: either unit runs, with the pair's needs).</summary>
    public int[] RunNodes { get; }

    /// <summary>Per component index: its basic event, or -1 when it cannot fail on its own.</summary>
    public int[] EventNodes { get; }

    /// <summary>Per component index: the declared component it belongs to (itself, or a part's owner).</summary>
    public int[] TopLevel { get; }

    /// <summary>Component indices of the services, in declaration order.</summary>
    public int[] Services { get; }

    /// <summary>The redundancy groups, until <see cref="ReleaseRedundancyGroups"/>.</summary>
    public RedundancyGroupStore RedundancyGroups { get; private set; }

    /// <summary>
    /// Lets the redundancy groups go once the common-cause analysis (HA102), their only reader, has
    /// run: the graph lives as long as the reports need it, and on a large design the groups (two
    /// small arrays per server's PSUs, NICs, pairs…) are hundreds of megabytes nothing reads again.
    /// </summary>
    public void ReleaseRedundancyGroups() => RedundancyGroups = new RedundancyGroupStore();

    public IReadOnlyList<CapacityGate> CapacityGates { get; }

    public Component Component(int index) => Model.Components[index];
}
