using System;
using System.Collections.Generic;
using System.IO;

namespace HaRules.Build.Tests;

/// <summary>A design project in a temporary folder that consumes the packed HaRules package.</summary>
public sealed class ConsumerProject
{
    private readonly IReadOnlyDictionary<string, string>? _environment;

    /// <param name="environment">Extra environment of every dotnet run (a packages folder of its own).</param>
    public ConsumerProject(string directory, string feed, string version, IReadOnlyDictionary<string, string>? environment = null)
    {
        _environment = environment;
        Directory = directory;
        System.IO.Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="harules-e2e" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        WriteProject(version, string.Empty);
    }

    public string Directory { get; }

    public string DesignFile => Path.Combine(Directory, "Design.cs");

    public void WriteProject(string version, string properties) =>
        File.WriteAllText(Path.Combine(Directory, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net8.0</TargetFramework>
                {properties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="HaRules" Version="{version}" />
              </ItemGroup>
            </Project>
            """);

    /// <summary>Writes a design whose Describe body is <paramref name="body"/>.</summary>
    public void WriteDesign(string body) =>
        File.WriteAllText(DesignFile, "using System;\nusing HaRules;\n\npublic sealed class MyDesign : IDesign\n{\n    public void Describe(DesignBuilder design)\n    {\n" + body + "\n    }\n}\n");

    /// <summary>The 1-based line of the design file that contains <paramref name="text"/>.</summary>
    public int LineOf(string text)
    {
        var lines = File.ReadAllLines(DesignFile);
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Contains(text, StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        throw new InvalidOperationException($"'{text}' is not in the design");
    }

    /// <summary>Builds the project; ten minutes at most (a restore and a build on a loaded machine).</summary>
    public (int ExitCode, string Output) Build(string extra = "") =>
        Dotnet.Exec("dotnet", Directory, "build -nologo -v:n " + extra, TimeSpan.FromMinutes(10), _environment);
}
