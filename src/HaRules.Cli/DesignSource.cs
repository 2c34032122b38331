using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using HaRules.Model;

namespace HaRules.Cli;

/// <summary>
/// Where a design class's <c>Describe</c> begins, read from the design assembly's portable PDB
/// (beside it or embedded): the line a design that could not be run at all is reported at.
/// </summary>
internal static class DesignSource
{
    /// <summary>The first line of the <c>Describe</c> the design type runs, or <see cref="SourceLocation.None"/> when no PDB tells it.</summary>
    public static SourceLocation Describe(Type design, string assemblyPath)
    {
        try
        {
            var map = design.GetInterfaceMap(typeof(IDesign));
            var method = map.TargetMethods.FirstOrDefault(m => m.Name.EndsWith(nameof(IDesign.Describe), StringComparison.Ordinal));
            if (method is null || method.Module.Assembly != design.Assembly)
            {
                return SourceLocation.None;
            }

            using var image = new PEReader(new MemoryStream(File.ReadAllBytes(assemblyPath)));
            if (!image.TryOpenAssociatedPortablePdb(Path.GetFullPath(assemblyPath), OpenIfExists, out var provider, out _) || provider is null)
            {
                return SourceLocation.None;
            }

            using (provider)
            {
                var pdb = provider.GetMetadataReader();
                var handle = MetadataTokens.MethodDefinitionHandle(method.MetadataToken);
                foreach (var point in pdb.GetMethodDebugInformation(handle).GetSequencePoints())
                {
                    if (!point.IsHidden)
                    {
                        return new SourceLocation(pdb.GetString(pdb.GetDocument(point.Document).Name), point.StartLine, point.StartColumn);
                    }
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or BadImageFormatException or ArgumentException or InvalidOperationException or NotSupportedException)
        {
            // No readable PDB: the finding names the design without a line.
        }

        return SourceLocation.None;
    }

    private static Stream? OpenIfExists(string path) => File.Exists(path) ? new MemoryStream(File.ReadAllBytes(path)) : null;
}
