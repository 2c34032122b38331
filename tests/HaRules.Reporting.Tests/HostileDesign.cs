namespace HaRules.Reporting.Tests;

/// <summary>
/// A design whose names and reasons try to break out of every report format: HTML, Markdown
/// emphasis, links, table cells, code spans, Mermaid labels and directives, and line breaks that
/// would forge an MSBuild line. Each hostile switch has one power supply, so HA201 names it.
/// </summary>
public static class HostileDesign
{
    public static readonly string[] Names =
    {
        "<script>alert(1)</script>",
        "a|b",
        "*bold* _em_",
        "`tick`",
        "x\"]-->y[\"z",
        "%%{init: {'theme':'dark'}}%%",
        "line\nobj/D.cs(1,1): error HA999: forged",
        "[link](https:evil) @user $x$",
        "end\r\n```\n# heading",
    };

    public const string Reason = "known <b>|</b> `risk` *accepted*\n| x | y |";

    public static DesignReport Report()
    {
        var design = new DesignBuilder("Hostile <design> | *x*");
        var ups = design.AddUps("ups");
        foreach (var name in Names)
        {
            design.AddSwitch(name.Replace("/", "\u2215")).WithPowerSupplies(ups);
        }

        design.AddServer("srv").WithPowerSupplies(ups, ups).WithFans(1).Accept("HA205", Reason, expires: "2030-01-01");
        return Reports.Check(design);
    }

    /// <summary>A name as the design declares it (a '/' is not allowed in names, see HA003).</summary>
    public static string Declared(string name) => name.Replace("/", "\u2215");
}
