using System.Text.Json;

namespace Scraper.Diffs.Formats;

/// <summary>One entry per line (UTF-8, "\n"); no header line, so files concatenate across days.</summary>
public sealed class NdjsonDiffWriter : IDiffWriter
{
    private static readonly byte[] NewLine = "\n"u8.ToArray();

    public DiffFormat Format => DiffFormat.Ndjson;

    public async Task WriteAsync(Stream output, DiffHeader header, IAsyncEnumerable<DiffEntry> entries, Func<string?>? continuation, CancellationToken cancellationToken)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(64 * 1024);
        await using var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = ScraperJson.Api.Encoder });
        await foreach (var e in entries.WithCancellation(cancellationToken))
        {
            DiffEntryJson.Write(w, e);
            w.Flush();
            System.Buffers.BuffersExtensions.Write(buffer, NewLine);
            w.Reset(buffer);
            if (buffer.WrittenCount > 32 * 1024)
            {
                await output.WriteAsync(buffer.WrittenMemory, cancellationToken);
                buffer.ResetWrittenCount();
            }
        }

        await output.WriteAsync(buffer.WrittenMemory, cancellationToken);
    }
}
