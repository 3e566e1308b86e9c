using Scraper.Diffs;

namespace Scraper.Cli.Demo;

/// <summary>A readable, terminal-sized rendering of one day's diff.</summary>
internal static class DiffSummaryPrinter
{
    private static string Short(System.Text.Json.Nodes.JsonNode? value)
    {
        var text = value?.ToJsonString(ScraperJson.Api) ?? "null";
        return text.Length <= 90 ? text : text[..87] + "...";
    }

    public static async Task PrintAsync(DailyDiffService diffs, DateOnly day, TextWriter output, CancellationToken cancellationToken)
    {
        var entries = diffs.Compute(day, cancellationToken);
        var list = new List<DiffEntry>();
        await foreach (var e in entries.WithCancellation(cancellationToken))
        {
            list.Add(e);
        }

        await output.WriteLineAsync();
        await output.WriteLineAsync($"Diff for {day:yyyy-MM-dd}: {list.Count(e => e.Change == DiffChange.Added)} added, " +
            $"{list.Count(e => e.Change == DiffChange.Changed)} changed, {list.Count(e => e.Change == DiffChange.Removed)} removed");
        foreach (var e in list)
        {
            var c = e.Claim;
            var mark = e.Change switch { DiffChange.Added => "+", DiffChange.Changed => "~", _ => "-" };
            var place = c.PlaceNormalized ?? c.Place ?? "?";
            var where = c.Country is null ? place : $"{place} ({c.Country})";
            await output.WriteLineAsync($" {mark} {e.Change.ToString().ToLowerInvariant(),-7} {where,-28} by {c.Attacker ?? "?"} per {c.Claimant ?? "?"}" +
                $"{(c.TargetGroup is null ? "" : " vs " + c.TargetGroup)}, {c.EventDate ?? "date ?"}{(c.StrikeCount is { } n ? $", {n} strikes" : "")}  [{string.Join(',', e.SourceIds)}]");
            if (e.Fields is { Count: > 0 } fields)
            {
                // Evidence offsets move with every edit; the evidence text itself is shown shortened.
                foreach (var (name, change) in fields.Where(f => f.Key is not ("evidence_start" or "evidence_end")))
                {
                    await output.WriteLineAsync($"      {name}: {Short(change.Before)} -> {Short(change.After)}");
                }
            }

            if (e.Reason is not null)
            {
                await output.WriteLineAsync($"      reason: {e.Reason}");
            }
        }
    }
}
