using System.Runtime.CompilerServices;

namespace HaRules.Tests.Support;

/// <summary>The line a test stands on, so expected locations are not typed in by hand.</summary>
public static class Here
{
    public static int Line([CallerLineNumber] int line = 0) => line;

    public static string File([CallerFilePath] string file = "") => file;
}
