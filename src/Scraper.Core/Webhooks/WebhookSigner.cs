using System.Globalization;
using StandardWebhooks;

namespace Scraper.Webhooks;

/// <summary>
/// Standard Webhooks signing through the StandardWebhooks library: HMAC-SHA256 over "id.timestamp.body".
/// Several secrets (rotation) give a space-separated list of `v1,&lt;base64&gt;` signatures.
/// </summary>
public static class WebhookSigner
{
    public const string IdHeader = "webhook-id";
    public const string TimestampHeader = "webhook-timestamp";
    public const string SignatureHeader = "webhook-signature";

    public static string Sign(string webhookId, DateTimeOffset timestamp, string body, IEnumerable<string> secrets) =>
        string.Join(' ', secrets.Select(s => new StandardWebhook(s).Sign(webhookId, timestamp, body)));

    public static string Timestamp(DateTimeOffset at) => at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
}
