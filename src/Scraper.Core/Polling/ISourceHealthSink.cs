using Scraper.Storage;

namespace Scraper.Polling;

/// <summary>Told when a source turns failing or recovers (transitions only); webhooks send source.failing/recovered.</summary>
public interface ISourceHealthSink
{
    Task OnHealthTransitionAsync(SourceHealth health, bool failing, CancellationToken cancellationToken);
}
