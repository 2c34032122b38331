using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using HaRules.Findings;

namespace HaRules.Cli.Severities;

/// <summary>
/// What the design's own source suppresses, read as the compiler reads it: <c>#pragma warning
/// disable/restore HAxxx</c> around the declaring line, and <c>[SuppressMessage]</c> on the
/// enclosing type or member or at assembly level. A finding suppressed here is left out of the
/// console, the build log and every report, as the analyzer leaves it out of the IDE.
/// </summary>
public sealed class SourceSuppressions
{
    private readonly Dictionary<string, SuppressionsInFile?> _files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<SuppressionsInFile.Global>> _globalsByFolder = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Source> _bySource = new(StringComparer.Ordinal);

    private SourceSuppressions()
    {
    }

    /// <summary>Suppressions read with the Roslyn of <paramref name="roslynDirectory"/>, or null when no Roslyn was found.</summary>
    public static SourceSuppressions? Load(string? roslynDirectory)
    {
        var directory = RoslynAssemblies.Locate(roslynDirectory);
        if (directory is null)
        {
            return null;
        }

        RoslynAssemblies.Use(directory);
        return new SourceSuppressions();
    }

    /// <summary>Whether the source suppresses <paramref name="finding"/> at its location.</summary>
    public bool IsSuppressed(Finding finding)
    {
        var location = finding.Location;
        if (!location.IsKnown)
        {
            return false;
        }

        // A design's findings sit in a handful of files: each is looked up on disk once, not once per finding.
        if (!_bySource.TryGetValue(location.File, out var source))
        {
            source = new Source(File.Exists(location.File) ? Read(location.File) : null);
            _bySource.Add(location.File, source);
        }

        if (source.File is not { } file)
        {
            return false;
        }

        if (file.Suppresses(finding.RuleId, location.Line, location.Column))
        {
            return true;
        }

        source.Globals ??= GlobalsOf(location.File);
        for (var i = 0; i < source.Globals.Count; i++)
        {
            if (file.GlobalApplies(source.Globals[i], finding.RuleId, location.Line, location.Column))
            {
                return true;
            }
        }

        return false;
    }

    private sealed class Source
    {
        public Source(SuppressionsInFile? file) => File = file;

        public SuppressionsInFile? File { get; }

        public IReadOnlyList<SuppressionsInFile.Global>? Globals { get; set; }
    }

    private SuppressionsInFile? Read(string path)
    {
        var full = Path.GetFullPath(path);
        if (!_files.TryGetValue(full, out var file))
        {
            file = TryParse(full);
            _files[full] = file;
        }

        return file;
    }

    // Assembly-level attributes usually sit in another file (GlobalSuppressions.cs): every C# file
    // of the project that mentions SuppressMessage is read once.
    private IReadOnlyList<SuppressionsInFile.Global> GlobalsOf(string sourceFile)
    {
        var project = Reporting.ReportPaths.FindProjectRoot(Path.GetDirectoryName(Path.GetFullPath(sourceFile))) ?? Path.GetDirectoryName(Path.GetFullPath(sourceFile))!;
        if (_globalsByFolder.TryGetValue(project, out var globals))
        {
            return globals;
        }

        var found = new List<SuppressionsInFile.Global>();
        foreach (var path in SourceFiles(project))
        {
            if (File.ReadAllText(path).Contains("SuppressMessage", StringComparison.Ordinal) && Read(path) is { } file)
            {
                found.AddRange(file.Globals);
            }
        }

        _globalsByFolder[project] = found;
        return found;
    }

    private static IEnumerable<string> SourceFiles(string project)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true };
        return Directory.EnumerateFiles(project, "*.cs", options)
            .Where(p => !p.Replace('\\', '/').Contains("/obj/", StringComparison.Ordinal) && !p.Replace('\\', '/').Contains("/bin/", StringComparison.Ordinal))
            .OrderBy(p => p, StringComparer.Ordinal);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static SuppressionsInFile? TryParse(string path)
    {
        try
        {
            return SuppressionsInFile.Parse(path);
        }
        catch (IOException)
        {
            return null;
        }
    }
}
