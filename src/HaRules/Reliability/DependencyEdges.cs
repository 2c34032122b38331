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
    private readonly List<string> _names;
    private readonly Dictionary<string, int> _otherVertices = new(StringComparer.Ordinal);
    private readonly DesignModel _model;

    // Per replica group (by the model's group index), its members' vertices, resolved on first use:
    // the only target worth remembering (a component target is one index lookup away from its vertex).
    private readonly int[]?[] _groupVertices;

    // A target occurrence resolves to a vertex (>= 0), to nothing, or to a group's vertices (GroupCode).
    private const int NoTarget = -1;

    private DependencyEdges(DesignModel model)
    {
        _model = model;
        var components = model.Components;
        var index = model.Index;
        _names = new List<string>(index.DeclaredCount);
        _groupVertices = new int[]?[model.Groups.Count];
        _vertexOfComponent = new int[components.Count];
        Unset(_vertexOfComponent);
        for (var i = 0; i < components.Count; i++)
        {
            if (!components[i].IsPart)
            {
                // With duplicate names the vertex belongs to the name, kept at its first component
                // (without duplicates every component is the first of its name: no lookup).
                var first = index.HasDuplicateNames ? model.IndexOf(components[i].Name) : i;
                if (_vertexOfComponent[first] < 0)
                {
                    _vertexOfComponent[first] = NewVertex(components[i].Name);
                }
            }
        }

        DeclaredCount = _names.Count;

        // Two passes over the relations' targets: each occurrence is resolved once into one array
        // (vertices are made in relation order, as names are met), then the rows are counted and
        // filled in place: every array has its final size, none grows by doubling.
        var relations = model.Relations;
        var occurrences = 0;
        for (var r = 0; r < relations.Count; r++)
        {
            if (IsRunDependency(relations[r].Kind))
            {
                occurrences += relations[r].Targets.Count + relations[r].Via.Count;
            }
        }

        var resolved = new int[occurrences];
        var sourceOf = new int[relations.Count];

        // A component's relations are declared together: its owner is looked up once per run of them.
        var sources = index.SourceOf;
        string? lastFrom = null;
        var source = -1;
        var at = 0;
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

            sourceOf[r] = source;
            at = ResolveAll(relation.Targets, resolved, at);
            at = ResolveAll(relation.Via, resolved, at);
        }

        Names = _names.ToArray();
        Rank = RankByDeclaration();
        (Start, Targets) = Adjacency(relations, sourceOf, resolved);
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

    // Each target occurrence as one code (see NoTarget, GroupCode), written from position at on.
    private int ResolveAll(IReadOnlyList<string> targets, int[] resolved, int at)
    {
        for (var i = 0; i < targets.Count; i++)
        {
            resolved[at++] = Resolve(targets[i]);
        }

        return at;
    }

    // As the model's Resolve, each component mapped to its owner's vertex; a declared component is
    // its own owner, so only a part pays for the walk up. A group's members are resolved the first
    // time it is named, so vertices are made in the order names are first met.
    private int Resolve(string target)
    {
        var group = _model.Index.GroupIndexOf(target);
        if (group >= 0)
        {
            _groupVertices[group] ??= GroupVertices(_model.Groups[group]);
            return GroupCode(group);
        }

        return _model.IndexOf(target) is var one and >= 0 ? OwnerVertex(one) : NoTarget;
    }

    private int[] GroupVertices(ComponentGroup group)
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

    // Groups' codes lie below NoTarget: -2 for group 0, -3 for group 1, ...
    private static int GroupCode(int group) => -2 - group;

    private static int GroupOf(int code) => -2 - code;

    private static void Unset(int[] vertices)
    {
        for (var i = 0; i < vertices.Length; i++)
        {
            vertices[i] = -1;
        }
    }

    // How many edges one code stands for.
    private int Width(int code) => code >= 0 ? 1 : code == NoTarget ? 0 : _groupVertices[GroupOf(code)]!.Length;

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

    // Compressed rows in relation order; a repeated edge keeps its first place only. Counted, then
    // filled front to back (a counting sort by source), then compacted in place.
    private (int[] Start, int[] Targets) Adjacency(IReadOnlyList<Relation> relations, int[] sourceOf, int[] resolved)
    {
        var n = Names.Length;
        var start = new int[n + 1];
        var at = 0;
        for (var r = 0; r < relations.Count; r++)
        {
            if (IsRunDependency(relations[r].Kind))
            {
                var end = at + relations[r].Targets.Count + relations[r].Via.Count;
                for (; at < end; at++)
                {
                    start[sourceOf[r] + 1] += Width(resolved[at]);
                }
            }
        }

        for (var v = 1; v <= n; v++)
        {
            start[v] += start[v - 1];
        }

        // next[v] is where the next edge of v goes.
        var targets = new int[start[n]];
        var next = new int[n];
        Array.Copy(start, next, n);
        at = 0;
        for (var r = 0; r < relations.Count; r++)
        {
            if (IsRunDependency(relations[r].Kind))
            {
                var from = sourceOf[r];
                var end = at + relations[r].Targets.Count + relations[r].Via.Count;
                for (; at < end; at++)
                {
                    var code = resolved[at];
                    if (code >= 0)
                    {
                        targets[next[from]++] = code;
                    }
                    else if (code != NoTarget)
                    {
                        foreach (var vertex in _groupVertices[GroupOf(code)]!)
                        {
                            targets[next[from]++] = vertex;
                        }
                    }
                }
            }
        }

        // next becomes "the last vertex whose row holds this target".
        var seenFrom = next;
        Unset(seenFrom);
        var kept = 0;
        var rowStart = 0;
        for (var v = 0; v < n; v++)
        {
            var rowEnd = start[v + 1];
            start[v] = kept;
            for (var e = rowStart; e < rowEnd; e++)
            {
                if (seenFrom[targets[e]] != v)
                {
                    seenFrom[targets[e]] = v;
                    targets[kept++] = targets[e];
                }
            }

            rowStart = rowEnd;
        }

        start[n] = kept;
        if (kept < targets.Length)
        {
            Array.Resize(ref targets, kept);
        }

        return (start, targets);
    }
}
