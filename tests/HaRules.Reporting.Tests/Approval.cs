using System.IO;
using System.Runtime.CompilerServices;
using Xunit;

namespace HaRules.Reporting.Tests;

/// <summary>
/// Approval testing: the output is compared byte for byte with <c>NAME.verified.EXT</c> beside the
/// calling test file. On a mismatch (or when none is verified yet) the output is written to
/// <c>NAME.received.EXT</c> (ignored by git) to be inspected and, when right, renamed to verified.
/// </summary>
public static class Approval
{
    public static void Verify(string received, string name, string extension, [CallerFilePath] string testFile = "")
    {
        var directory = Path.GetDirectoryName(testFile)!;
        var verifiedPath = Path.Combine(directory, $"{name}.verified.{extension}");
        var receivedPath = Path.Combine(directory, $"{name}.received.{extension}");
        var verified = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath) : null;
        if (verified == received)
        {
            if (File.Exists(receivedPath))
            {
                File.Delete(receivedPath);
            }

            return;
        }

        File.WriteAllText(receivedPath, received);
        Assert.Fail(verified is null
            ? $"no verified output yet: inspect {receivedPath} and rename it to {verifiedPath}"
            : $"output differs from {verifiedPath}: see {receivedPath}");
    }
}
