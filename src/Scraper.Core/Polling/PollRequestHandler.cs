using System.Text.Json;

namespace Scraper.Polling;

/// <summary>
/// Decodes a poll-requests message and polls. A malformed message throws, so the host (or the local
/// runner) retries it and finally moves it to poll-requests-poison for a human to look at.
/// </summary>
public sealed class PollRequestHandler(SourcePoller poller, Scraper.Hosting.ScraperMetrics metrics)
{
    public async Task HandleAsync(string message, CancellationToken cancellationToken)
    {
        PollRequest? request;
        try
        {
            request = JsonSerializer.Deserialize<PollRequest>(message, ScraperJson.Compact);
        }
        catch (JsonException ex)
        {
            throw new FormatException($"poll-requests message is not a poll request: {ex.Message}", ex);
        }

        if (request is null || string.IsNullOrWhiteSpace(request.SourceId))
        {
            throw new FormatException("poll-requests message has no source_id");
        }

        if (await poller.PollAsync(request, cancellationToken) is { } outcome)
        {
            metrics.RecordRun(outcome);
        }
    }
}
