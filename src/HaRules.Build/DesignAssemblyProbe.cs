using System;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace HaRules.Build;

/// <summary>
/// Whether a built assembly can hold a design at all: a design implements <c>HaRules.IDesign</c>,
/// so its assembly references HaRules (or is HaRules). Reading the metadata costs a millisecond;
/// starting the command costs a process, which a project without designs should not pay.
/// </summary>
internal static class DesignAssemblyProbe
{
    public static bool MayHoldDesigns(string assemblyPath)
    {
        try
        {
            using var stream = File.OpenRead(assemblyPath);
            using var pe = new PEReader(stream);
            if (!pe.HasMetadata)
            {
                return false;
            }

            var metadata = pe.GetMetadataReader();
            return metadata.AssemblyReferences
                .Select(handle => metadata.GetString(metadata.GetAssemblyReference(handle).Name))
                .Any(IsHaRules)
                || (metadata.IsAssembly && IsHaRules(metadata.GetString(metadata.GetAssemblyDefinition().Name)));
        }
        catch (Exception ex) when (ex is IOException or BadImageFormatException or UnauthorizedAccessException)
        {
            // Unreadable here: let the command look and say what is wrong.
            return true;
        }
    }

    private static bool IsHaRules(string name) => string.Equals(name, "HaRules", StringComparison.OrdinalIgnoreCase);
}
