using System.Collections.Generic;
using System.IO;
using System.Runtime.Serialization;
using System.Runtime.Serialization.Json;

namespace HaRules.Build.Protocol;

/// <summary>
/// The file <c>harules check --task-output</c> writes for the build task: typed JSON, read here
/// with the serializer every MSBuild host has, so no finding is ever parsed back out of console text.
/// </summary>
[DataContract]
internal sealed class TaskFindings
{
    /// <summary>The shape this task reads; another version means the command and the task do not match.</summary>
    public const int SupportedVersion = 1;

    /// <summary>The file an assembly without designs gets without starting the command.</summary>
    public const string Empty = "{\"version\":1,\"findings\":[]}";

    [DataMember(Name = "version")]
    public int Version { get; set; }

    [DataMember(Name = "findings")]
    public List<TaskFinding> Findings { get; set; } = new();

    /// <summary>Each design's summary lines (counts, then what to fix first); absent in an empty file.</summary>
    [DataMember(Name = "summary", IsRequired = false)]
    public List<string>? Summary { get; set; }

    /// <summary>Reads the file.</summary>
    /// <exception cref="SerializationException">The file is not the command's output.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static TaskFindings Read(string path)
    {
        using var stream = File.OpenRead(path);
        var serializer = new DataContractJsonSerializer(typeof(TaskFindings));
        return serializer.ReadObject(stream) as TaskFindings ?? throw new SerializationException("the file holds no findings object");
    }
}

/// <summary>One active finding with its effective severity, absolute location and help link.</summary>
[DataContract]
internal sealed class TaskFinding
{
    [DataMember(Name = "design")]
    public string Design { get; set; } = string.Empty;

    [DataMember(Name = "id")]
    public string Id { get; set; } = string.Empty;

    /// <summary><c>error</c>, <c>warning</c> or <c>info</c>.</summary>
    [DataMember(Name = "severity")]
    public string Severity { get; set; } = string.Empty;

    /// <summary>The absolute source file, or empty.</summary>
    [DataMember(Name = "file")]
    public string File { get; set; } = string.Empty;

    [DataMember(Name = "line")]
    public int Line { get; set; }

    [DataMember(Name = "column")]
    public int Column { get; set; }

    [DataMember(Name = "message")]
    public string Message { get; set; } = string.Empty;

    [DataMember(Name = "helpUri")]
    public string HelpUri { get; set; } = string.Empty;
}
