using System.IO.Compression;
using System.Text.Json;

namespace Scraper.Storage;

/// <summary>
/// JSON stored as a Brotli-compressed binary property: a claim row is read and rewritten on every change,
/// and its JSON (fields repeated per supporter) shrinks about 3×, which is what a table service's cost
/// follows besides the request count. Binary properties hold up to 64 KB.
/// </summary>
public static class CompressedJson
{
    public const int MaxBytes = 60_000;

    /// <summary>Fast, and a 64 KB window: a stream's default 4 MB window costs more to set up than a claim takes to compress.</summary>
    private const int Quality = 1;
    private const int WindowBits = 16;

    public static byte[] Serialize<T>(T value)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(value, ScraperJson.Compact);
        var buffer = new byte[BrotliEncoder.GetMaxCompressedLength(json.Length)];
        if (!BrotliEncoder.TryCompress(json, buffer, out var written, Quality, WindowBits) || written > MaxBytes)
        {
            throw new InvalidOperationException($"compressed JSON of {written} bytes exceeds the {MaxBytes} cap");
        }

        return buffer[..written];
    }

    public static T Deserialize<T>(byte[] bytes)
    {
        using var brotli = new BrotliStream(new MemoryStream(bytes), CompressionMode.Decompress);
        return JsonSerializer.Deserialize<T>(brotli, ScraperJson.Compact)!;
    }
}
