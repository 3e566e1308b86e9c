using System.Buffers;
using System.Text.Json;

namespace Scraper.Diffs.Formats;

/// <summary>
/// A JSON writer over a reusable buffer that is drained to the output asynchronously: response
/// streams refuse synchronous writes, and the buffer keeps memory flat however long the document.
/// </summary>
public sealed class BufferedJsonOutput(Stream output) : IAsyncDisposable
{
    private const int DrainAt = 32 * 1024;
    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private Utf8JsonWriter? _writer;

    public Utf8JsonWriter Writer => _writer ??= new Utf8JsonWriter(_buffer, new JsonWriterOptions { Encoder = ScraperJson.Api.Encoder });

    /// <summary>Writes buffered bytes to the output once enough have accumulated (or always, when forced).</summary>
    public async Task DrainAsync(CancellationToken cancellationToken, bool force = false)
    {
        Writer.Flush();
        if (force || _buffer.WrittenCount >= DrainAt)
        {
            await output.WriteAsync(_buffer.WrittenMemory, cancellationToken);
            _buffer.ResetWrittenCount();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_writer is not null)
        {
            await _writer.DisposeAsync();
        }
    }
}
