namespace HaRules;

/// <summary>Something a power supply can draw from: a power feed or a UPS.</summary>
public interface IPowerSource
{
    /// <summary>The source's name.</summary>
    string Name { get; }
}
