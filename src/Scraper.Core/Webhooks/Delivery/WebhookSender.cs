using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Options;
using Scraper.Webhooks.Ssrf;

namespace Scraper.Webhooks.Delivery;

/// <summary>
/// Sends one signed POST and classifies the answer. The client's handler never follows redirects
/// and connects only to vetted addresses; the body of the answer is not read.
/// </summary>
public sealed class WebhookSender(IHttpClientFactory clients, WebhookTargetGuard guard, IOptions<WebhookOptions> options, TimeProvider time)
{
    public const string ClientName = "webhooks";

    public async Task<AttemptResult> SendAsync(string url, string webhookId, string body, IReadOnlyList<string> secrets, CancellationToken cancellationToken)
    {
        var check = guard.CheckUrl(url);
        if (!check.Allowed)
        {
            return new AttemptResult(AttemptKind.Refused, null, TimeSpan.Zero, "refused: " + check.Refusal, null);
        }

        var now = time.GetUtcNow();
        using var request = new HttpRequestMessage(HttpMethod.Post, check.Url)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(WebhookSigner.IdHeader, webhookId);
        request.Headers.Add(WebhookSigner.TimestampHeader, WebhookSigner.Timestamp(now));
        request.Headers.Add(WebhookSigner.SignatureHeader, WebhookSigner.Sign(webhookId, now, body, secrets));

        var started = time.GetTimestamp();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.DeliveryTimeout);
        try
        {
            using var response = await clients.CreateClient(ClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            return Classify(response, time.GetElapsedTime(started), now);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new AttemptResult(AttemptKind.Retryable, null, time.GetElapsedTime(started), $"timeout after {options.Value.DeliveryTimeout.TotalSeconds:0.#} s", null);
        }
        catch (HttpRequestException e) when (FindRefusal(e) is { } refused)
        {
            return new AttemptResult(AttemptKind.Refused, null, time.GetElapsedTime(started), "refused: " + refused.Reason, null);
        }
        catch (HttpRequestException e)
        {
            return new AttemptResult(AttemptKind.Retryable, null, time.GetElapsedTime(started), "network error: " + e.Message, null);
        }
    }

    private static AttemptResult Classify(HttpResponseMessage response, TimeSpan latency, DateTimeOffset now)
    {
        var code = (int)response.StatusCode;
        return code switch
        {
            >= 200 and < 300 => new(AttemptKind.Succeeded, code, latency, null, null),
            410 => new(AttemptKind.Gone, code, latency, "410 Gone: the receiver asked to stop", null),
            408 or 429 or >= 500 => new(AttemptKind.Retryable, code, latency, $"HTTP {code}", RetryAfter(response.Headers.RetryAfter, now)),
            >= 300 and < 400 => new(AttemptKind.Failed, code, latency, $"HTTP {code}: redirect not followed (Location: {response.Headers.Location})", null),
            _ => new(AttemptKind.Failed, code, latency, $"HTTP {code}", null),
        };
    }

    private static TimeSpan? RetryAfter(RetryConditionHeaderValue? header, DateTimeOffset now) =>
        header?.Delta ?? (header?.Date is { } date ? date - now : null);

    private static TargetRefusedException? FindRefusal(Exception e)
    {
        for (Exception? x = e; x is not null; x = x.InnerException)
        {
            if (x is TargetRefusedException t)
            {
                return t;
            }
        }

        return null;
    }
}
