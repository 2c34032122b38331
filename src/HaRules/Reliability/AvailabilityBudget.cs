namespace HaRules.Reliability;

/// <summary>
/// The work bounds of one availability evaluation (gate evaluations, diagram nodes). The defaults
/// are the documented ones; tests lower them to reach every stage on small graphs.
/// </summary>
internal sealed class AvailabilityBudget
{
    /// <summary>The documented bounds.</summary>
    public static readonly AvailabilityBudget Default = new(
        AvailabilityAnalysis.StrictWorkLimit,
        AvailabilityAnalysis.ModuleWorkLimit,
        AvailabilityAnalysis.MaxDiagramNodes,
        AvailabilityAnalysis.WorkLimit);

    public AvailabilityBudget(long strictWorkLimit, long moduleWorkLimit, int maxDiagramNodes, long workLimit)
    {
        StrictWorkLimit = strictWorkLimit;
        ModuleWorkLimit = moduleWorkLimit;
        MaxDiagramNodes = maxDiagramNodes;
        WorkLimit = workLimit;
    }

    /// <summary>Gate evaluations exact conditioning may spend on a root before a diagram is tried.</summary>
    public long StrictWorkLimit { get; }

    /// <summary>Gate evaluations a module below a diagram may take by conditioning before it is compiled in.</summary>
    public long ModuleWorkLimit { get; }

    /// <summary>Nodes of one decision diagram at most.</summary>
    public int MaxDiagramNodes { get; }

    /// <summary>
    /// Gate evaluations of the inexact mode's conditioning; it stops conditioning past this, and
    /// stops altogether past twice this (then every shared node is taken as independent).
    /// </summary>
    public long WorkLimit { get; }
}
