using System;
using System.Collections.Generic;
using System.Linq;
using HaRules.Model;

namespace HaRules.Reporting.Html;

/// <summary>
/// Places the declared components of a design in rows by tier (<see cref="TopologyTiers"/>), in
/// declaration order, keeping replicas of a group, a pair's two units and a cluster's nodes side by
/// side in one framed unit; a row wraps when it is full.
/// </summary>
internal sealed class TopologyLayout
{
    public const double BoxWidth = 156;
    public const double BoxHeight = 52;
    public const double Gutter = 128;
    public const double MaxWidth = 1080;
    private const double BoxGap = 12;
    private const double UnitGap = 26;
    private const double FramePad = 8;
    private const double FrameLabel = 16;
    private const double LineHeight = BoxHeight + FrameLabel + 2 * FramePad + 16;
    private const double TierPad = 14;

    private TopologyLayout()
    {
    }

    /// <summary>Each box: a declared component, or the standby unit of a pair (<see cref="Box.Standby"/>).</summary>
    public sealed record Box(Component Component, double X, double Y, bool Standby);

    /// <summary>A frame around a group of boxes, with its label.</summary>
    public sealed record Frame(string Label, double X, double Y, double Width, double Height);

    /// <summary>A tier's band: its title and vertical extent.</summary>
    public sealed record Band(string Title, double Y, double Height);

    public List<Box> Boxes { get; } = new();

    public List<Frame> Frames { get; } = new();

    public List<Band> Bands { get; } = new();

    public double Width { get; private set; }

    public double Height { get; private set; }

    /// <summary>The box of each declared component, by name.</summary>
    public Dictionary<string, Box> ByName { get; } = new(StringComparer.Ordinal);

    public static TopologyLayout Compute(DesignModel model)
    {
        var layout = new TopologyLayout();
        var units = Units(model);
        var y = 0.0;
        var right = Gutter;
        for (var tier = 0; tier < TopologyTiers.Titles.Length; tier++)
        {
            var row = units.Where(u => u.Tier == tier).ToList();
            if (row.Count == 0)
            {
                continue;
            }

            var top = y;
            y += TierPad;
            var x = Gutter;
            foreach (var unit in row)
            {
                var width = unit.Boxes.Count * BoxWidth + (unit.Boxes.Count - 1) * BoxGap + 2 * FramePad;
                if (x > Gutter && x + width > Gutter + MaxWidth)
                {
                    x = Gutter;
                    y += LineHeight;
                }

                if (unit.Label is { } label)
                {
                    layout.Frames.Add(new Frame(label, x, y, width, LineHeight - 16));
                }

                for (var i = 0; i < unit.Boxes.Count; i++)
                {
                    var (component, standby) = unit.Boxes[i];
                    var box = new Box(component, x + FramePad + i * (BoxWidth + BoxGap), y + FramePad + FrameLabel, standby);
                    layout.Boxes.Add(box);
                    if (!standby)
                    {
                        layout.ByName[component.Name] = box;
                    }
                }

                x += width + UnitGap;
                right = Math.Max(right, x - UnitGap);
            }

            y += LineHeight - 16 + TierPad;
            layout.Bands.Add(new Band(TopologyTiers.Titles[tier], top, y - top));
        }

        layout.Width = right + 16;
        layout.Height = y + 8;
        return layout;
    }

    private sealed record Unit(int Tier, string? Label, List<(Component Component, bool Standby)> Boxes);

    private static List<Unit> Units(DesignModel model)
    {
        var declared = model.DeclaredComponents.GroupBy(c => c.Name, StringComparer.Ordinal).Select(g => g.First()).ToList();
        var clusterOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var relation in model.Relations.Where(r => r.Kind == RelationKind.ClusterNodes))
        {
            foreach (var node in relation.Targets.SelectMany(model.Resolve))
            {
                clusterOf.TryAdd(node.Name, relation.From);
            }
        }

        var units = new List<Unit>();
        var placed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var component in declared)
        {
            if (placed.Contains(component.Name) || (component.Kind == ComponentKind.Server && clusterOf.ContainsKey(component.Name)))
            {
                continue;
            }

            if (component.Kind == ComponentKind.DatabaseCluster)
            {
                var nodes = declared.Where(c => clusterOf.TryGetValue(c.Name, out var owner) && owner == component.Name && !placed.Contains(c.Name)).ToList();
                var boxes = new List<(Component, bool)> { (component, false) };
                boxes.AddRange(nodes.Select(n => (n, false)));
                placed.UnionWith(boxes.Select(b => b.Item1.Name));
                units.Add(new Unit(TopologyTiers.Databases, nodes.Count > 0 ? "cluster " + component.Name : null, boxes));
                continue;
            }

            if (component.Group is { } group)
            {
                var members = declared.Where(c => c.Group == group && !placed.Contains(c.Name) && !clusterOf.ContainsKey(c.Name)).ToList();
                placed.UnionWith(members.Select(m => m.Name));
                units.Add(new Unit(TopologyTiers.Of(component.Kind), group + " \u00d7" + members.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), members.Select(m => (m, false)).ToList()));
                continue;
            }

            placed.Add(component.Name);
            var standby = model.PartsOf(component.Name).FirstOrDefault(p => p.Properties.GetText(PropertyNames.Role) == "standby");
            units.Add(standby is null
                ? new Unit(TopologyTiers.Of(component.Kind), null, new List<(Component, bool)> { (component, false) })
                : new Unit(TopologyTiers.Of(component.Kind), component.Name + " pair", new List<(Component, bool)> { (component, false), (standby, true) }));
        }

        // Nodes of a cluster that is not declared still need a place.
        foreach (var component in declared.Where(c => !placed.Contains(c.Name)))
        {
            units.Add(new Unit(TopologyTiers.Databases, null, new List<(Component, bool)> { (component, false) }));
        }

        // A unit wider than a row (a large replica group) goes on in frames of a row each.
        return units.SelectMany(Split).ToList();
    }

    /// <summary>The most boxes one frame holds: as many as fit in a row.</summary>
    public static int BoxesPerRow => (int)((MaxWidth - (2 * FramePad) + BoxGap) / (BoxWidth + BoxGap));

    private static IEnumerable<Unit> Split(Unit unit)
    {
        var per = BoxesPerRow;
        if (unit.Boxes.Count <= per)
        {
            yield return unit;
            yield break;
        }

        for (var start = 0; start < unit.Boxes.Count; start += per)
        {
            var label = start == 0 ? unit.Label : (unit.Label ?? string.Empty) + " (continued)";
            yield return new Unit(unit.Tier, label, unit.Boxes.Skip(start).Take(per).ToList());
        }
    }
}
