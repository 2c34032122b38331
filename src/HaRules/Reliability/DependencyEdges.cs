using System;
using System.Collections.Generic;
using HaRules.Model;

namespace HaRules.Reliability;

/// <summary>
/// The "needs to run" edges between declared components, read from the model's relations: what a
/// dependency cycle is made of. Parts and standby units stand for their owner; a replica group
/// stands for its members. Heartbeats, quorum devices, witnesses, backups and session replicas
/// decide safety, not whether a component runs, and are left out.
/// </summary>
internal sealed class DependencyEdges
{
    // A vertex per name. A component's name is found by the index of its first component (what the
    // model's name lookups return), so the model's index does the hashing once; only names that are
    // no component's (an unknown reference, an owner that was never declared) are hashed here.
    private readonly int[] _vertexOfComponent;
    private readonly List<string> _names = new();
    private readonly Dictionary<string, int> _otherVertices = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int[]> _targets = new(StringComparer.Ordinal);
    private readonly DesignModel _model;

    private static readonly int[] NoVertices = new int[0];

    private DependencyEdges(DesignModel model)
    {
        _model = model;
        var components = model.Components;
        _vertexOfComponent = new int[components.Count];
        for (var i = 0; i < _vertexOfComponent.Length; i++)
        {
            _vertexOfComponent[i] = -1;
        }

        for (var i = 0; i < components.Count; i++)
        {
            if (!components[i].IsPart)
            {
                // With duplicate names the vertex belongs to the name, kept at its first component.
                var first = model.IndexOf(components[i].Name);
                if (_vertexOfComponent[first] < 0)
                {
                    _vertexOfComponent[first] = NewVertex(components[i].Name);
                }
            }
        }

        DeclaredCount = _names.Count;
        var from = new List<int>();
        var to = new List<int>();

        // A component's relations are declared together: its owner is looked up once per run of them.
        var sources = model.Index.SourceOf;
        var relations = model.Relations;
        string? lastFrom = null;
        var source = -1;
        for (var r = 0; r < relations.Count; r++)
        {
            var relation = relations[r];
            if (!IsRunDependency(relation.Kind))
            {
                continue;
            }

            if (!string.Equals(relation.From, lastFrom, StringComparison.Ordinal))
            {
                lastFrom = relation.From;
                source = sources[r] >= 0 ? OwnerVertex(sources[r]) : Vertex(relation.From);
            }

            AddEdges(source, relation.Targets, from, to);
            AddEdges(source, relation.Via, from, to);
        }

        Names = _names.ToArray();
        Rank = RankByDeclaration();
        (Start, Targets) = Adjacency(from, to);
    }

    /// <summary>Vertex names: the declared components in declaration order, then any other name an edge reaches.</summary>
    public string[] Names { get; }

    /// <summary>How many of <see cref="Names"/> are declared components.</summary>
    public int DeclaredCount { get; }

    /// <summary>Per vertex, its place in declaration order (other names after, by name).</summary>
    public int[] Rank { get; }

    /// <summary>The edges of vertex v are <c>Targets[Start[v] .. Start[v+1])</c>: distinct, in relation order.</summary>
    public int[] Start { get; }

    /// <summary>Edge targets (see <see cref="Start"/>).</summary>
    public int[] Targets { get; }

    /// <summary>Relation kinds that say "From cannot run without (some of) Targets".</summary>
    public static bool IsRunDependency(RelationKind kind) => kind switch
    {
        RelationKind.Heartbeat or RelationKind.QuorumDevice or RelationKind.Witness
            or RelationKind.BackupOf or RelationKind.BackupTo or RelationKind.ReplicatesTo => false,
        _ => true,
    };

    /// <summary>Reads the edges of a model.</summary>
    public static DependencyEdges Of(DesignModel model) => new(model ?? throw new ArgumentNullException(nameof(model)));

    private int NewVertex(string name)
    {
        _names.Add(name);
        return _names.Count - 1;
    }

    // The vertex of a name that may be no component's.
    private int Vertex(string name)
    {
        var index = _model.IndexOf(name);
        if (index >= 0)
        {
            return ComponentVertex(index);
        }

        if (!_otherVertices.TryGetValue(name, out var vertex))
        {
            _otherVertices.Add(name, vertex = NewVertex(name));
        }

        return vertex;
    }

    // The vertex of the name of the component at a first index.
    private int ComponentVertex(int first) =>
        _vertexOfComponent[first] >= 0 ? _vertexOfComponent[first] : _vertexOfComponent[first] = NewVertex(_model.Components[first].Name);

    // The vertex of the declared component (TopLevelOwner) the component at a first index stands for.
    private int OwnerVertex(int first)
    {
        if (_model.Components[first].Owner is null)
        {
            return ComponentVertex(first);
        }

        var top = _model.TopLevelOwnerIndex(first);
        return top >= 0 ? ComponentVertex(top) : Vertex(_model.TopLevelOwner(_model.Components[first].Name));
    }

    // A target name is resolved (group members, their owners) once, however many relations name it.
    private void AddEdges(int source, IReadOnlyList<string> targets, List<int> from, List<int> to)
    {
        foreach (var target in targets)
        {
            if (!_targets.TryGetValue(target, out var vertices))
            {
                vertices = Resolve(target);
                _targets.Add(target, vertices);
            }

            foreach (var vertex in vertices)
            {
                from.Add(source);
                to.Add(vertex);
            }
        }
    }

    // As the model's Resolve, each component mapped to its owner's vertex; a declared component is
    // its own owner, so only a part pays for the walk up.
    private int[] Resolve(string target)
    {
        if (_model.FindGroup(target) is { } group)
        {
            var vertices = new List<int>(group.Members.Count);
            foreach (var member in group.Members)
            {
                if (_model.IndexOf(member) is var index and >= 0)
                {
                    vertices.Add(OwnerVertex(index));
                }
            }

            return vertices.ToArray();
        }

        return _model.IndexOf(target) is var one and >= 0 ? new[] { OwnerVertex(one) } : NoVertices;
    }

    private int[] RankByDeclaration()
    {
        var rank = new int[Names.Length];
        for (var v = 0; v < DeclaredCount; v++)
        {
            rank[v] = v;
        }

        var others = new int[Names.Length - DeclaredCount];
        for (var i = 0; i < others.Length; i++)
        {
            others[i] = DeclaredCount + i;
        }

        Array.Sort(others, (a, b) => string.CompareOrdinal(Names[a], Names[b]));
        for (var i = 0; i < others.Length; i++)
        {
            rank[others[i]] = DeclaredCount + i;
        }

        return rank;
    }

    // Compressed rows in relation order; a repeated edge keeps its first place only.
    private (int[] Start, int[] Targets) Adjacency(List<int> from, List<int> to)
    {
        var n = Names.Length;
        var rows = IndexRows.Build(from.ToArray(), n, out var start);
        var targets = new int[rows.Length];
        for (var e = 0; e < rows.Length; e++)
        {
            targets[e] = to[rows[e]];
        }

        var seenFrom = new int[n];
        for (var v = 0; v < n; v++)
        {
            seenFrom[v] = -1;
        }

        var kept = 0;
        var compact = new int[n + 1];
        for (var v = 0; v < n; v++)
        {
            compact[v] = kept;
            for (var e = start[v]; e < start[v + 1]; e++)
            {
                if (seenFrom[targets[e]] != v)
                {
                    seenFrom[targets[e]] = v;
                    targets[kept++] = targets[e];
                }
            }
        }

        compact[n] = kept;
        Array.Resize(ref targets, kept);
        return (compact, targets);
    }
}
