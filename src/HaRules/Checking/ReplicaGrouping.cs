using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using HaRules.Findings;
using HaRules.Model;

namespace HaRules.Checking;

/// <summary>
/// One finding per root cause: findings of one rule that say the same thing about two or more
/// members of one redundancy group (the replicas of a replica group, or the nodes of a database
/// cluster that are not replicas) become one finding on the group. "The same thing" means the
/// same message and components once the member's own name and its group's other members' names
/// are set aside (HA201 on <c>ap-1</c> and on <c>ap-2</c>). The merged finding's components are
/// the members in order, then the others the findings named; its message names the members and
/// then gives the first member's message (<c>every replica of ap (ap-1 and ap-2), as on ap-1: …</c>);
/// it is reported where the findings were when they agreed, else at the group's declaration.
/// A rule's own finding that names every member of a group (HA701, HA505) is marked as being on the
/// group as well. Every sink shows this one finding: the analyzer, the build log and every report.
/// </summary>
public static class ReplicaGrouping
{
    private static readonly JoinedNames.Comparer SignatureComparer = new('\u0001');

    /// <summary>The findings with those about several members of one group merged, in first-seen order.</summary>
    public static IReadOnlyList<Finding> Apply(DesignModel model, IEnumerable<Finding> findings)
    {
        var groups = new GroupIndex(model);
        var buckets = new Dictionary<IReadOnlyList<string>, Bucket>(SignatureComparer);
        var order = new List<object>();
        foreach (var finding in findings)
        {
            var member = finding.Group is null && finding.Components.Count > 0 ? model.TopLevelOwner(finding.Components[0]) : null;
            if (member is null || groups.Of(member) is not { } group)
            {
                order.Add(finding);
                continue;
            }

            var signature = Signature(finding, member, group);
            if (!buckets.TryGetValue(signature, out var bucket))
            {
                bucket = new Bucket(group);
                buckets.Add(signature, bucket);
                order.Add(bucket);
            }

            bucket.Add(member, finding);
        }

        var result = new List<Finding>();
        foreach (var item in order)
        {
            if (item is Finding single)
            {
                result.Add(single);
            }
            else
            {
                result.AddRange(((Bucket)item).Merged().Select(f => OnWholeGroup(model, groups, f)));
            }
        }

        return result;
    }

    // What a finding says once the member's and its group's names are set aside: rule, severity,
    // group, message and other components, compared as if joined by U+0001 (no joined string made).
    private static string[] Signature(Finding finding, string member, Group group)
    {
        var parts = new string[3 + finding.Components.Count];
        parts[0] = finding.RuleId;
        parts[1] = finding.Severity.ToString();
        parts[2] = group.Name;
        parts[3] = Normalize(finding.Message, member, group);
        for (var i = 1; i < finding.Components.Count; i++)
        {
            parts[3 + i] = Normalize(finding.Components[i], member, group);
        }

        return parts;
    }

    // A rule's own finding about a whole group (HA701 on the ports of every replica, HA505 on the
    // pools of every replica) names every member: it is a finding on the group as well.
    private static Finding OnWholeGroup(DesignModel model, GroupIndex groups, Finding finding)
    {
        if (finding.Group is not null || groups.Of(model.TopLevelOwner(finding.Components[0])) is not { } group)
        {
            return finding;
        }

        var named = new HashSet<string>(finding.Components, StringComparer.Ordinal);
        return group.Members.All(named.Contains) ? finding.OnGroup(group.Name) : finding;
    }

    /// <summary>
    /// The members of the redundancy group named <paramref name="name"/>: a replica group's replicas,
    /// or a database cluster's nodes; null for any other name.
    /// </summary>
    public static IReadOnlyList<string>? MembersOf(DesignModel model, string name) => MembersLookup(model)(name);

    /// <summary>As <see cref="MembersOf"/>, for many names: the groups are found once.</summary>
    internal static Func<string, IReadOnlyList<string>?> MembersLookup(DesignModel model)
    {
        var groups = new GroupIndex(model);
        return name => groups.Named(name)?.Members;
    }

    // The text with the member's name replaced by one marker and its group's other members' names by
    // another. A replica's name is the group's name, '-' and its number, so the text is scanned once
    // for that prefix (linear in the text, whatever the group's size); a cluster's few nodes one by one.
    private static string Normalize(string text, string member, Group group)
    {
        if (group.Kind != "replica")
        {
            var result = Replace(text, member, "\u0002");
            foreach (var other in group.Members)
            {
                if (!string.Equals(other, member, StringComparison.Ordinal))
                {
                    result = Replace(result, other, "\u0003");
                }
            }

            return result;
        }

        // Most components a finding names besides the member (a rack, a switch) hold no replica name.
        var prefix = group.Prefix;
        var i = text.IndexOf(prefix, StringComparison.Ordinal);
        if (i < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length).Append(text, 0, i);
        while (i < text.Length)
        {
            var at = text.IndexOf(prefix, i, StringComparison.Ordinal);
            if (at < 0)
            {
                break;
            }

            var end = at + prefix.Length;
            while (end < text.Length && char.IsDigit(text[end]))
            {
                end++;
            }

            var name = text.Substring(at, end - at);
            var whole = end > at + prefix.Length
                && (at == 0 || !IsNameChar(text[at - 1]))
                && (end == text.Length || !IsNameChar(text[end]));
            builder.Append(text, i, at - i);
            if (whole && string.Equals(name, member, StringComparison.Ordinal))
            {
                builder.Append('\u0002');
            }
            else if (whole && group.Contains(name))
            {
                builder.Append('\u0003');
            }
            else
            {
                builder.Append(name);
            }

            i = end;
        }

        return builder.Append(text, i, text.Length - i).ToString();
    }

    private static string Replace(string text, string name, string with)
    {
        if (name.Length == 0)
        {
            return text;
        }

        var i = text.IndexOf(name, StringComparison.Ordinal);
        if (i < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length).Append(text, 0, i);
        while (i < text.Length)
        {
            var at = text.IndexOf(name, i, StringComparison.Ordinal);
            if (at < 0)
            {
                break;
            }

            var end = at + name.Length;
            var whole = (at == 0 || !IsNameChar(text[at - 1])) && (end == text.Length || !IsNameChar(text[end]));
            builder.Append(text, i, at - i).Append(whole ? with : name);
            i = end;
        }

        return builder.Append(text, i, text.Length - i).ToString();
    }

    // Characters that continue a name (web-1 must not match inside web-10 or xweb-1).
    private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c is '-' or '_';

    private sealed class Group
    {
        private readonly HashSet<string> _members;

        public Group(string name, string kind, IReadOnlyList<string> members, SourceLocation location)
        {
            Name = name;
            Kind = kind;
            Members = members;
            Location = location;
            Prefix = name + "-";
            _members = new HashSet<string>(members, StringComparer.Ordinal);
        }

        public string Name { get; }

        /// <summary>What a replica's name starts with: the group's name and '-'.</summary>
        public string Prefix { get; }

        public string Kind { get; }

        public IReadOnlyList<string> Members { get; }

        public SourceLocation Location { get; }

        public bool Contains(string name) => _members.Contains(name);
    }

    // Replica groups first; then clusters, for nodes that are no replica of a group.
    private sealed class GroupIndex
    {
        private readonly Dictionary<string, Group> _byMember = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Group> _byName = new(StringComparer.Ordinal);

        public GroupIndex(DesignModel model)
        {
            foreach (var group in model.Groups.Where(g => g.Members.Count > 1))
            {
                Add(new Group(group.Name, "replica", group.Members, group.Location));
            }

            foreach (var cluster in model.DeclaredComponents.Where(c => c.Kind == ComponentKind.DatabaseCluster))
            {
                var nodes = model.RelationsFrom(cluster.Name, RelationKind.ClusterNodes)
                    .SelectMany(r => r.Targets)
                    .Where(n => model.FindComponent(n) is { Group: null, IsPart: false })
                    .Distinct(StringComparer.Ordinal)
                    .ToList();
                if (nodes.Count > 1 && nodes.All(n => !_byMember.ContainsKey(n)))
                {
                    Add(new Group(cluster.Name, $"node of cluster", nodes, cluster.Location));
                }
            }
        }

        public Group? Of(string member) => _byMember.TryGetValue(member, out var group) ? group : null;

        public Group? Named(string name) => _byName.TryGetValue(name, out var group) ? group : null;

        private void Add(Group group)
        {
            if (_byName.ContainsKey(group.Name))
            {
                return;
            }

            _byName.Add(group.Name, group);
            foreach (var member in group.Members)
            {
                if (!_byMember.ContainsKey(member))
                {
                    _byMember.Add(member, group);
                }
            }
        }
    }

    private sealed class Bucket
    {
        private readonly List<(string Member, Finding Finding)> _items = new();

        public Bucket(Group group) => Group = group;

        public Group Group { get; }

        public void Add(string member, Finding finding) => _items.Add((member, finding));

        public IEnumerable<Finding> Merged()
        {
            var members = _items.Select(i => i.Member).Distinct(StringComparer.Ordinal).ToList();
            if (members.Count < 2)
            {
                return _items.Select(i => i.Finding);
            }

            var found = new HashSet<string>(members, StringComparer.Ordinal);
            members = Group.Members.Where(found.Contains).ToList();
            var (firstMember, first) = _items.First(i => string.Equals(i.Member, members[0], StringComparison.Ordinal));
            var firstLocation = first.Location;
            var components = members
                .Concat(_items.SelectMany(i => i.Finding.Components.Skip(1)))
                .Distinct(StringComparer.Ordinal)
                .ToList();
            var location = _items.All(i => i.Finding.Location.Equals(firstLocation)) || !Group.Location.IsKnown
                ? first.Location
                : Group.Location;
            var additional = _items.Select(i => i.Finding.Location)
                .Concat(_items.SelectMany(i => i.Finding.AdditionalLocations))
                .Where(l => !l.Equals(location) && l.IsKnown)
                .Distinct()
                .ToList();
            var noun = Group.Kind == "replica" ? $"replica of {Group.Name}" : $"node of cluster {Group.Name}";
            var which = members.Count == Group.Members.Count
                ? $"every {noun}"
                : $"{members.Count} of the {Group.Members.Count} {(Group.Kind == "replica" ? "replicas" : "nodes")} of {(Group.Kind == "replica" ? Group.Name : "cluster " + Group.Name)}";
            var message = $"{which} ({List(members)}), as on {firstMember}: {first.Message}";
            return new[] { new Finding(first.RuleId, first.Severity, message, components, location, first.Accepted, first.Justification, additional, first.FixArguments, Group.Name) };
        }

        private static string List(IReadOnlyList<string> names) =>
            names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[names.Count - 1];
    }
}
