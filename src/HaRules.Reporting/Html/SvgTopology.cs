using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using HaRules.Model;

namespace HaRules.Reporting.Html;

/// <summary>
/// The topology as inline SVG, laid out by <see cref="TopologyLayout"/>: one
/// <c>&lt;g data-component="name"&gt;</c> per declared component, edges for relations (parts drawn
/// as their owner), and the single points of failure filled red with a "SPOF" badge. Names are
/// escaped and shortened on screen; the full name is in each element's title. Well-formed XML.
/// </summary>
internal static class SvgTopology
{
    private const int MaxLabel = 20;

    private static readonly Dictionary<int, string> TierFills = new()
    {
        [0] = "#ddf4ff", [1] = "#fbefff", [2] = "#dafbe1", [3] = "#fff8c5", [4] = "#eef1f4", [5] = "#e6edf3", [6] = "#fff1e5",
    };

    /// <summary>
    /// Above this many lines per box (and <see cref="KeptLines"/> lines) the power and cabling lines
    /// are left out: hundreds of lines to shared UPSes and switches bury the traffic. The legend
    /// says how many.
    /// </summary>
    public const double LinesPerBox = 1.5;

    /// <summary>Lines always drawn in full: a design of a few dozen components keeps every line.</summary>
    public const int KeptLines = 150;

    /// <summary>Writes the diagram; returns how many power and cabling lines it left out to stay readable.</summary>
    public static int Write(StringBuilder svg, DesignModel model, IReadOnlyCollection<string> spofs)
    {
        var layout = TopologyLayout.Compute(model);
        var flagged = new HashSet<string>(spofs, StringComparer.Ordinal);
        svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"Topology of the design\" viewBox=\"0 0 ")
            .Append(N(layout.Width)).Append(' ').Append(N(layout.Height)).Append("\" width=\"").Append(N(layout.Width)).Append("\" height=\"").Append(N(layout.Height))
            .Append("\" font-family=\"system-ui,-apple-system,Segoe UI,Roboto,Arial,sans-serif\">\n");
        svg.Append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0 0L10 5L0 10z\" fill=\"#6e7781\"/></marker></defs>\n");
        WriteBands(svg, layout);
        WriteFrames(svg, layout);
        var leftOut = WriteEdges(svg, model, layout);
        foreach (var box in layout.Boxes)
        {
            WriteBox(svg, box, !box.Standby && flagged.Contains(box.Component.Name));
        }

        svg.Append("</svg>\n");
        return leftOut;
    }

    private static void WriteBands(StringBuilder svg, TopologyLayout layout)
    {
        for (var i = 0; i < layout.Bands.Count; i++)
        {
            var band = layout.Bands[i];
            svg.Append("<rect x=\"0\" y=\"").Append(N(band.Y)).Append("\" width=\"").Append(N(layout.Width)).Append("\" height=\"").Append(N(band.Height))
                .Append("\" fill=\"").Append(i % 2 == 0 ? "#ffffff" : "#f6f8fa").Append("\"/>\n");
            svg.Append("<text x=\"14\" y=\"").Append(N(band.Y + 24)).Append("\" font-size=\"12\" font-weight=\"600\" fill=\"#59636e\">").Append(HtmlText.Escape(band.Title)).Append("</text>\n");
        }
    }

    private static void WriteFrames(StringBuilder svg, TopologyLayout layout)
    {
        foreach (var frame in layout.Frames)
        {
            svg.Append("<g class=\"frame\"><rect x=\"").Append(N(frame.X)).Append("\" y=\"").Append(N(frame.Y)).Append("\" width=\"").Append(N(frame.Width)).Append("\" height=\"").Append(N(frame.Height))
                .Append("\" rx=\"8\" fill=\"none\" stroke=\"#8c959f\" stroke-dasharray=\"4 3\"/>");
            svg.Append("<text x=\"").Append(N(frame.X + 8)).Append("\" y=\"").Append(N(frame.Y + 14)).Append("\" font-size=\"11\" fill=\"#59636e\">").Append(HtmlText.Escape(Short(frame.Label, 40))).Append("</text></g>\n");
        }
    }

    private static int WriteEdges(StringBuilder svg, DesignModel model, TopologyLayout layout)
    {
        var edges = new SortedSet<(string From, string To, bool Infrastructure)>();
        foreach (var relation in model.Relations)
        {
            var infrastructure = relation.Kind is RelationKind.PoweredBy or RelationKind.FedBy or RelationKind.InRack or RelationKind.CabledTo or RelationKind.ConnectedTo;
            foreach (var from in Owners(model, relation.From, layout))
            {
                foreach (var to in relation.Targets.Concat(relation.Via).SelectMany(t => Owners(model, t, layout)))
                {
                    if (!string.Equals(from, to, StringComparison.Ordinal))
                    {
                        edges.Add((from, to, infrastructure));
                    }
                }
            }
        }

        var drawn = edges.Where(e => !e.Infrastructure || !edges.Contains((e.From, e.To, false))).ToList();
        var leftOut = 0;
        if (drawn.Count > Math.Max(KeptLines, LinesPerBox * layout.ByName.Count))
        {
            leftOut = drawn.Count(e => e.Infrastructure);
            drawn = drawn.Where(e => !e.Infrastructure).ToList();
        }

        svg.Append("<g class=\"edges\" fill=\"none\">\n");
        foreach (var (from, to, infrastructure) in drawn)
        {
            var a = layout.ByName[from];
            var b = layout.ByName[to];
            svg.Append("<path d=\"").Append(Curve(a, b)).Append(infrastructure
                ? "\" stroke=\"#afb8c1\" stroke-width=\"1\" stroke-dasharray=\"3 3\"/>\n"
                : "\" stroke=\"#6e7781\" stroke-width=\"1.3\" marker-end=\"url(#arrow)\"/>\n");
        }

        svg.Append("</g>\n");
        return leftOut;
    }

    private static string Curve(TopologyLayout.Box a, TopologyLayout.Box b)
    {
        const double w = TopologyLayout.BoxWidth;
        const double h = TopologyLayout.BoxHeight;
        double x1 = a.X + w / 2, x2 = b.X + w / 2, y1, y2, c1, c2;
        if (Math.Abs(a.Y - b.Y) < 1)
        {
            // Same line: an arc over the boxes.
            y1 = a.Y;
            y2 = b.Y;
            c1 = c2 = a.Y - 30;
        }
        else if (b.Y > a.Y)
        {
            y1 = a.Y + h;
            y2 = b.Y;
            c1 = y1 + (y2 - y1) / 2;
            c2 = c1;
        }
        else
        {
            y1 = a.Y;
            y2 = b.Y + h;
            c1 = y1 - (y1 - y2) / 2;
            c2 = c1;
        }

        return "M" + N(x1) + " " + N(y1) + "C" + N(x1) + " " + N(c1) + " " + N(x2) + " " + N(c2) + " " + N(x2) + " " + N(y2);
    }

    private static void WriteBox(StringBuilder svg, TopologyLayout.Box box, bool spof)
    {
        var c = box.Component;
        var name = box.Standby ? "standby" : c.Name;
        var kind = box.Standby ? "standby unit" : TopologyTiers.Label(c.Kind);
        var title = box.Standby ? c.Name + " (standby unit)" : c.Name + " (" + kind + ")" + (spof ? ": single point of failure" : string.Empty);
        svg.Append(box.Standby
            ? "<g class=\"node standby\" data-part=\"" + HtmlText.Escape(c.Name) + "\">"
            : "<g class=\"node" + (spof ? " spof" : string.Empty) + "\" data-component=\"" + HtmlText.Escape(c.Name) + "\"" + (spof ? " data-spof=\"true\"" : string.Empty) + ">");
        svg.Append("<title>").Append(HtmlText.Escape(title)).Append("</title>");
        var fill = spof ? "#fde8e7" : TierFills[TopologyTiers.Of(c.Kind)];
        svg.Append("<rect x=\"").Append(N(box.X)).Append("\" y=\"").Append(N(box.Y)).Append("\" width=\"").Append(N(TopologyLayout.BoxWidth)).Append("\" height=\"").Append(N(TopologyLayout.BoxHeight))
            .Append("\" rx=\"6\" fill=\"").Append(fill).Append(spof ? "\" stroke=\"#b42318\" stroke-width=\"3\"/>" : "\" stroke=\"#8c959f\" stroke-width=\"1\"/>");
        var cx = box.X + TopologyLayout.BoxWidth / 2;
        svg.Append("<text x=\"").Append(N(cx)).Append("\" y=\"").Append(N(box.Y + 22)).Append("\" text-anchor=\"middle\" font-size=\"13\" font-weight=\"600\" fill=\"#1f2328\">")
            .Append(HtmlText.Escape(Short(name, MaxLabel))).Append("</text>");
        svg.Append("<text x=\"").Append(N(cx)).Append("\" y=\"").Append(N(box.Y + 40)).Append("\" text-anchor=\"middle\" font-size=\"11\" fill=\"").Append(spof ? "#b42318" : "#59636e").Append("\">")
            .Append(HtmlText.Escape(spof ? kind + " \u00b7 SPOF" : kind)).Append("</text>");
        if (spof)
        {
            var bx = box.X + TopologyLayout.BoxWidth - 40;
            svg.Append("<rect x=\"").Append(N(bx)).Append("\" y=\"").Append(N(box.Y - 9)).Append("\" width=\"44\" height=\"17\" rx=\"8\" fill=\"#b42318\"/>");
            svg.Append("<text class=\"marker\" x=\"").Append(N(bx + 22)).Append("\" y=\"").Append(N(box.Y + 3.5)).Append("\" text-anchor=\"middle\" font-size=\"10\" font-weight=\"700\" fill=\"#ffffff\">SPOF</text>");
        }

        svg.Append("</g>\n");
    }

    // A name may be a component, a replica group or a part; each is drawn as the declared component(s) it stands for.
    private static IEnumerable<string> Owners(DesignModel model, string name, TopologyLayout layout) =>
        model.Resolve(name)
            .Select(c => model.TopLevelOwner(c.Name))
            .Where(layout.ByName.ContainsKey)
            .Distinct(StringComparer.Ordinal);

    private static string Short(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = max - 1;
        if (char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return text.Substring(0, cut) + "\u2026";
    }

    private static string N(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
