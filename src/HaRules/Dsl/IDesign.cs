namespace HaRules;

/// <summary>
/// A design: a class whose <see cref="Describe"/> declares an infrastructure with the
/// <see cref="DesignBuilder"/>. The build task and the CLI run every public design with a
/// parameterless constructor; the analyzer reads <see cref="Describe"/> as it is typed.
/// </summary>
public interface IDesign
{
    /// <summary>Declares the design's components, their relations and its services.</summary>
    /// <param name="design">The builder to declare components with.</param>
    void Describe(DesignBuilder design);
}
