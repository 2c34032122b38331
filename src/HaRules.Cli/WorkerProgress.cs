using System;
using System.IO;
using System.Text;

namespace HaRules.Cli;

/// <summary>
/// The worker's side of <see cref="DesignIsolation"/>: one line per step appended to the progress
/// file and flushed at once, so the supervising command knows which design was running when the
/// worker died or was stopped.
/// </summary>
internal sealed class WorkerProgress : IDisposable
{
    private readonly StreamWriter _writer;

    public WorkerProgress(string file)
    {
        var stream = new FileStream(file, FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
        _writer = new StreamWriter(stream, new UTF8Encoding(false)) { AutoFlush = true, NewLine = "\n" };
    }

    /// <summary>A design (full name) is about to be constructed, run and checked.</summary>
    public void Design(string fullName) => Write("design\t" + fullName);

    /// <summary>The design is checked.</summary>
    public void Done(string fullName) => Write("done\t" + fullName);

    /// <summary>Every design is checked; the reports are being written.</summary>
    public void Reports() => Write("reports");

    /// <summary>The worker has finished; its exit status is the check's.</summary>
    public void End() => Write("end");

    /// <inheritdoc />
    public void Dispose() => _writer.Dispose();

    private void Write(string line)
    {
        _writer.WriteLine(line);
        _writer.Flush();
    }
}
