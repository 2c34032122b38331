using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;

namespace HaRules.Cli;

/// <summary>
/// Loads a design assembly into a collectible context from bytes read into memory, so the file is
/// never locked and a rebuilt assembly is always seen fresh. HaRules itself is shared with the
/// host, so the design's <see cref="IDesign"/> is the host's type.
/// </summary>
public sealed class DesignAssemblyLoader : AssemblyLoadContext
{
    private readonly string _directory;
    private readonly AssemblyDependencyResolver? _resolver;

    private DesignAssemblyLoader(string assemblyPath)
        : base("HaRules design " + Path.GetFileName(assemblyPath), isCollectible: true)
    {
        _directory = Path.GetDirectoryName(assemblyPath)!;
        _resolver = File.Exists(Path.ChangeExtension(assemblyPath, ".deps.json")) ? new AssemblyDependencyResolver(assemblyPath) : null;
    }

    /// <summary>Loads the assembly at <paramref name="assemblyPath"/> into a new collectible context.</summary>
    /// <exception cref="CliException">The file is missing or not a .NET assembly.</exception>
    public static (DesignAssemblyLoader Context, Assembly Assembly) Load(string assemblyPath)
    {
        var full = Path.GetFullPath(assemblyPath);
        if (!File.Exists(full))
        {
            throw new CliException($"no such file: {assemblyPath}");
        }

        var context = new DesignAssemblyLoader(full);
        try
        {
            return (context, context.LoadFromBytes(full));
        }
        catch (BadImageFormatException)
        {
            context.Unload();
            throw new CliException($"{assemblyPath} is not a .NET assembly");
        }
    }

    /// <summary>The public design classes with a parameterless constructor, in name order.</summary>
    public static IReadOnlyList<Type> FindDesigns(Assembly assembly)
    {
        Type?[] types;
        try
        {
            types = assembly.GetExportedTypes();
        }
        catch (ReflectionTypeLoadException ex)
        {
            types = ex.Types;
        }

        return types
            .Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false }
                && typeof(IDesign).IsAssignableFrom(t)
                && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => t!)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToList();
    }

    /// <inheritdoc />
    protected override Assembly? Load(AssemblyName assemblyName)
    {
        // Share HaRules (and the framework) with the host so IDesign is one type.
        if (string.Equals(assemblyName.Name, typeof(IDesign).Assembly.GetName().Name, StringComparison.Ordinal))
        {
            return null;
        }

        var path = _resolver?.ResolveAssemblyToPath(assemblyName) ?? Path.Combine(_directory, assemblyName.Name + ".dll");
        return File.Exists(path) ? LoadFromBytes(path) : null;
    }

    private Assembly LoadFromBytes(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var pdb = Path.ChangeExtension(path, ".pdb");
        using var image = new MemoryStream(bytes);
        if (!File.Exists(pdb))
        {
            return LoadFromStream(image);
        }

        using var symbols = new MemoryStream(File.ReadAllBytes(pdb));
        return LoadFromStream(image, symbols);
    }
}
