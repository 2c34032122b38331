namespace HaRules.Analyzers.Reading;

/// <summary>The value of an expression the reader cannot know without running the design.</summary>
internal sealed class Unknown
{
    public static readonly Unknown Value = new();

    private Unknown()
    {
    }

    public static bool Is(object? value) => ReferenceEquals(value, Value);

    public override string ToString() => "<unknown>";
}
