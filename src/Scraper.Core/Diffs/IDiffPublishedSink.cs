namespace Scraper.Diffs;

/// <summary>Told when a day's diff has been published (webhooks send diff.published from here).</summary>
public interface IDiffPublishedSink
{
    Task OnDiffPublishedAsync(ManifestEntry entry, CancellationToken cancellationToken);
}
