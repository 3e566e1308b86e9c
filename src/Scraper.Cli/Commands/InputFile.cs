using System.IO.Compression;

namespace Scraper.Cli.Commands;

/// <summary>Reads a command's input file, gunzipping when it is gzip (by magic bytes), with a size cap against gzip bombs.</summary>
internal static class InputFile
{
    private const int MaxBytes = 64 * 1024 * 1024;

    public static async Task<(byte[]? Bytes, string? Error)> ReadAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            var raw = await File.ReadAllBytesAsync(path, cancellationToken);
            if (raw.Length < 2 || raw[0] != 0x1F || raw[1] != 0x8B)
            {
                return (raw, null);
            }

            await using var gzip = new GZipStream(new MemoryStream(raw), CompressionMode.Decompress);
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = await gzip.ReadAsync(buffer, cancellationToken)) > 0)
            {
                if (output.Length + read > MaxBytes)
                {
                    return (null, $"decompressed size exceeds {MaxBytes} bytes");
                }

                output.Write(buffer, 0, read);
            }

            return (output.ToArray(), null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException or NotSupportedException)
        {
            return (null, ex.Message);
        }
    }

    public static string Iso(DateTimeOffset? d) =>
        d?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture)!;

    /// <summary>UTF-8 stdout without a BOM, flushed once per file so NDJSON lines arrive whole.</summary>
    public static TextWriter OpenStdout() =>
        new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false)) { AutoFlush = false, NewLine = "\n" };
}
