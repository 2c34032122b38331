using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using HaRules.Findings;
using HaRules.Internal;
using HaRules.Model;

namespace HaRules.Running;

/// <summary>
/// Caller-info attributes give a call's file and line but not its column. The analyzer reports
/// at the column of the called method's name; this fills in the same column for a model built at
/// run time, by finding that name on the line in the source file. A file that cannot be read, or
/// a line without the name, keeps column 0 (unknown).
/// </summary>
public sealed class SourceColumns
{
    private readonly Dictionary<string, string[]?> _files = new(StringComparer.Ordinal);
    private readonly Func<string, int, string?>? _lineSource;
    private string? _lastFile;
    private string[]? _lastLines;

    /// <summary>Finds columns in the source files on disk.</summary>
    public SourceColumns()
    {
    }

    /// <summary>
    /// Finds columns in text given by <paramref name="lineSource"/> (file, 1-based line → the line's
    /// text, or null): the analyzer passes its syntax trees, so both sides use one rule for columns.
    /// </summary>
    public SourceColumns(Func<string, int, string?> lineSource) => _lineSource = lineSource;

    /// <summary>The method that declares each kind of component.</summary>
    public static string DeclaringMethod(ComponentKind kind) => DeclaringMethods.Of(kind);

    /// <summary>
    /// The model of what <paramref name="builder"/> declared, with the columns
    /// <see cref="Resolve"/> would give it, found while the model is built: once per declaring
    /// call, with no second copy of the model's components and relations.
    /// </summary>
    public DesignModel Build(DesignBuilder builder)
    {
        SourceLocation[] located;
        using (PhaseClock.Measure(Phase))
        {
            located = builder.LocateCalls(Locate);
        }

        var model = builder.BuildAt(located);

        // With a duplicate name (HA001) a part takes the declaring method of the first component
        // of its owner's name, which may be another declaration's: only the copying pass, which
        // walks owners by name, gives such a model the columns it had before.
        if (model.Index.HasDuplicateNames)
        {
            return Resolve(builder.Build());
        }

        using (PhaseClock.Measure(Phase))
        {
            return model.Acceptances.Count == 0 && model.Problems.Count == 0
                ? model
                : model.WithCalls(LocateAcceptances(model.Acceptances), LocateProblems(model.Problems, model.Components));
        }
    }

    /// <summary>
    /// The model with the column of every component, relation and acceptance location filled in
    /// where found. The given model is left as it is; the returned one shares its names, index,
    /// properties and targets and differs only in locations.
    /// </summary>
    public DesignModel Resolve(DesignModel model)
    {
        using var timing = PhaseClock.Measure(Phase);

        // Every component and part of one declaration shares one location object and one method:
        // each distinct pair is looked up once, and its result is shared too.
        var located = new Dictionary<(SourceLocation Location, string Method), SourceLocation>(LocationKeyComparer.Instance);
        SourceLocation LocateOnce(SourceLocation location, string method)
        {
            if (location.Column > 0 || !location.IsKnown)
            {
                return location;
            }

            if (!located.TryGetValue((location, method), out var found))
            {
                located.Add((location, method), found = Locate(location, method));
            }

            return found;
        }

        var source = model.Components;
        var components = new Component[source.Count];
        for (var i = 0; i < components.Length; i++)
        {
            var c = source[i];
            var kind = c.Kind;
            if (c.Owner is not null && model.TopLevelOwnerIndex(i) is var top and >= 0)
            {
                kind = source[top].Kind;
            }

            components[i] = c.WithLocation(LocateOnce(c.Location, DeclaringMethod(kind)));
        }

        var groups = new ComponentGroup[model.Groups.Count];
        for (var i = 0; i < groups.Length; i++)
        {
            var g = model.Groups[i];
            groups[i] = g.WithLocation(LocateOnce(g.Location, DeclaringMethod(g.Kind)));
        }

        var relations = new Relation[model.Relations.Count];
        for (var i = 0; i < relations.Length; i++)
        {
            var r = model.Relations[i];
            relations[i] = r.WithLocation(LocateOnce(r.Location, RelationMethod(model, r)));
        }

        return model.WithLocations(components, groups, relations, LocateAcceptances(model.Acceptances), LocateProblems(model.Problems, components));
    }

    /// <summary>The location with the column of <paramref name="method"/> on its line, when the file shows it.</summary>
    public SourceLocation Locate(SourceLocation location, string method)
    {
        if (location.Column > 0 || !location.IsKnown)
        {
            return location;
        }

        var text = Line(location.File, location.Line);
        if (text is null)
        {
            return location;
        }

        var index = IndexOfCall(text, method);
        return index < 0 ? location : location.WithColumn(index + 1);
    }

    private static int IndexOfCall(string line, string method)
    {
        for (var start = 0; start < line.Length;)
        {
            var index = line.IndexOf(method, start, StringComparison.Ordinal);
            if (index < 0)
            {
                return -1;
            }

            var before = index == 0 ? ' ' : line[index - 1];
            var after = index + method.Length;
            while (after < line.Length && char.IsWhiteSpace(line[after]))
            {
                after++;
            }

            if (!char.IsLetterOrDigit(before) && before != '_' && (after == line.Length || line[after] == '(' || line[after] == '<'))
            {
                return index;
            }

            start = index + method.Length;
        }

        return -1;
    }

    // The name of the phase the benchmark's timings show for column lookups.
    private const string Phase = "source columns";

    private Acceptance[] LocateAcceptances(IReadOnlyList<Acceptance> acceptances) =>
        acceptances.Select(a => new Acceptance(a.Target, a.RuleId, a.Reason, a.Expires, Locate(a.Location, DeclaringMethods.Acceptance))).ToArray();

    private static DesignProblem[] LocateProblems(IReadOnlyList<DesignProblem> problems, IReadOnlyList<Component> resolved)
    {
        Dictionary<(string File, int Line), SourceLocation>? byLine = null;
        return problems.Select(p => p.WithLocation(LocateAny(p.Location, resolved, ref byLine))).ToArray();
    }

    private static string RelationMethod(DesignModel model, Relation relation) =>
        DeclaringMethods.Of(relation.Kind, model.FindComponent(model.TopLevelOwner(relation.From))?.Kind ?? ComponentKind.Generic);

    // Locations by reference (the same object stands for the same call) and methods by value.
    private sealed class LocationKeyComparer : IEqualityComparer<(SourceLocation Location, string Method)>
    {
        public static readonly LocationKeyComparer Instance = new();

        public bool Equals((SourceLocation Location, string Method) x, (SourceLocation Location, string Method) y) =>
            ReferenceEquals(x.Location, y.Location) && string.Equals(x.Method, y.Method, StringComparison.Ordinal);

        public int GetHashCode((SourceLocation Location, string Method) key) =>
            (RuntimeHelpers.GetHashCode(key.Location) * 397) ^ StringComparer.Ordinal.GetHashCode(key.Method);
    }

    // A problem sits on a component's declaring line: take that component's resolved column.
    // The first component on each line is indexed once, when the first problem needs it (not a scan per problem).
    private static SourceLocation LocateAny(SourceLocation location, IReadOnlyList<Component> resolved, ref Dictionary<(string File, int Line), SourceLocation>? byLine)
    {
        if (location.Column > 0)
        {
            return location;
        }

        if (byLine is null)
        {
            byLine = new Dictionary<(string File, int Line), SourceLocation>();
            foreach (var component in resolved)
            {
                var key = (component.Location.File, component.Location.Line);
                if (key.File is not null && !byLine.ContainsKey(key))
                {
                    byLine.Add(key, component.Location);
                }
            }
        }

        return location.File is not null && byLine.TryGetValue((location.File, location.Line), out var found) ? found : location;
    }

    private string? Line(string file, int line)
    {
        if (_lineSource is not null)
        {
            return _lineSource(file, line);
        }

        // Locations of one design mostly share one file name (often the same string): that file's
        // lines are kept at hand rather than looked up by hashing its path each time.
        string[]? lines;
        if (ReferenceEquals(file, _lastFile))
        {
            lines = _lastLines;
        }
        else if (!_files.TryGetValue(file, out lines))
        {
            try
            {
                lines = File.Exists(file) ? File.ReadAllLines(file) : null;
            }
            catch (IOException)
            {
                lines = null;
            }
            catch (UnauthorizedAccessException)
            {
                lines = null;
            }

            _files[file] = lines;
        }

        _lastFile = file;
        _lastLines = lines;

        return lines is not null && line >= 1 && line <= lines.Length ? lines[line - 1] : null;
    }
}
