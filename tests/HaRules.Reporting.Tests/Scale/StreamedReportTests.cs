using System;
using System.IO;
using System.Linq;
using System.Text;
using HaRules.Reporting.Json;
using HaRules.Reporting.Sarif;
using Xunit;

namespace HaRules.Reporting.Tests.Scale;

/// <summary>
/// JSON and SARIF reports go to their files as they are written (a million findings are not held
/// as one string): the streamed bytes are exactly the text form's, also past the writer's flush
/// size, and a write that fails leaves the previous report whole and no temporary file behind.
/// </summary>
public sealed class StreamedReportTests : IDisposable
{
    private static readonly DesignReport Large = Reports.Check(GeneratedDesigns.Stacks(500));

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "harules-streamed-" + Guid.NewGuid().ToString("N"));

    [Theory]
    [InlineData("json")]
    [InlineData("sarif")]
    public void A_streamed_report_has_the_bytes_of_the_text_report(string format)
    {
        var designs = new[] { Large };
        var text = format == "json" ? JsonReportWriter.Write(designs, Reports.Paths) : SarifReportWriter.Write(designs, Reports.Paths);
        Assert.True(text.Length > 4 * 64 * 1024, $"the report should span several flushes, is {text.Length} characters");

        var file = Path.Combine(_folder, "report." + format);
        AtomicFile.Write(file, stream =>
        {
            if (format == "json")
            {
                JsonReportWriter.Write(stream, designs, Reports.Paths);
            }
            else
            {
                SarifReportWriter.Write(stream, designs, Reports.Paths);
            }
        });

        Assert.Equal(Encoding.UTF8.GetBytes(text), File.ReadAllBytes(file));
    }

    [Fact]
    public void A_write_that_fails_half_way_keeps_the_previous_report_and_leaves_no_temporary_file()
    {
        var file = Path.Combine(_folder, "report.json");
        AtomicFile.WriteAllText(file, "previous\n");

        var failure = Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(file, stream =>
        {
            stream.Write(new byte[200_000]);
            throw new InvalidOperationException("the writer failed");
        }));

        Assert.Equal("the writer failed", failure.Message);
        Assert.Equal("previous\n", File.ReadAllText(file));
        Assert.Equal(new[] { "report.json" }, Directory.GetFiles(_folder).Select(Path.GetFileName).ToArray());
    }

    [Fact]
    public void Text_written_atomically_has_no_byte_order_mark()
    {
        var file = Path.Combine(_folder, "report.md");
        AtomicFile.WriteAllText(file, "é\n");

        Assert.Equal(new byte[] { 0xC3, 0xA9, (byte)'\n' }, File.ReadAllBytes(file));
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
