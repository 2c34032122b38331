using System.Collections.Generic;
using HaRules.Model;

namespace HaRules.Reporting.Document;

/// <summary>One block of a report, rendered alike in Markdown and HTML.</summary>
internal abstract record Block;

/// <summary>A heading of level 2 (a design) to 5.</summary>
internal sealed record Heading(int Level, IReadOnlyList<Inline> Content) : Block;

/// <summary>A paragraph.</summary>
internal sealed record Paragraph(IReadOnlyList<Inline> Content) : Block;

/// <summary>A bulleted list; each item is a line of runs. <see cref="Compact"/> lists hold short items that may flow in columns.</summary>
internal sealed record BulletList(IReadOnlyList<IReadOnlyList<Inline>> Items, bool Compact = false) : Block;

/// <summary>A table; <see cref="RightAligned"/> marks numeric columns.</summary>
internal sealed record Table(IReadOnlyList<string> Headers, IReadOnlyList<bool> RightAligned, IReadOnlyList<IReadOnlyList<IReadOnlyList<Inline>>> Rows) : Block;

/// <summary>The topology diagram; <see cref="Spofs"/> are the declared components to highlight.</summary>
internal sealed record TopologyDiagram(DesignModel Model, IReadOnlyCollection<string> Spofs) : Block;
