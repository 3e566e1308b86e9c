using System.Text.Json;

namespace Scraper.Diffs.Formats;

/// <summary>
/// {"date","provisional","entries":[...],"counts":{...},"continuation"}. Counts come after the
/// entries so the whole document streams in one pass.
/// </summary>
public sealed class JsonDiffWriter : IDiffWriter
{
    public DiffFormat Format => DiffFormat.Json;

    public async Task WriteAsync(Stream output, DiffHeader header, IAsyncEnumerable<DiffEntry> entries, Func<string?>? continuation, CancellationToken cancellationToken)
    {
        await using var buffered = new BufferedJsonOutput(output);
        var w = buffered.Writer;
        w.WriteStartObject();
        w.WriteString("date", header.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        w.WriteBoolean("provisional", header.Provisional);
        w.WriteStartArray("entries");
        int added = 0, changed = 0, removed = 0;
        await foreach (var e in entries.WithCancellation(cancellationToken))
        {
            DiffEntryJson.Write(w, e);
            _ = e.Change switch { DiffChange.Added => added++, DiffChange.Changed => changed++, _ => removed++ };
            await buffered.DrainAsync(cancellationToken);
        }

        w.WriteEndArray();
        w.WriteStartObject("counts");
        w.WriteNumber("added", added);
        w.WriteNumber("changed", changed);
        w.WriteNumber("removed", removed);
        w.WriteEndObject();
        w.WriteString("continuation", continuation?.Invoke());
        w.WriteEndObject();
        await buffered.DrainAsync(cancellationToken, force: true);
    }
}
