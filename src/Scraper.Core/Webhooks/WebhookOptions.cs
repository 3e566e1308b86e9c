using System.ComponentModel.DataAnnotations;

namespace Scraper.Webhooks;

/// <summary>Webhook delivery settings (section "Webhooks"; env Webhooks__AllowLoopback etc.).</summary>
public sealed class WebhookOptions
{
    public const string SectionName = "Webhooks";

    /// <summary>Allow plain http:// subscription URLs (local use only; production is https only).</summary>
    public bool AllowHttp { get; set; }

    /// <summary>Allow loopback targets (tests and the local demo). Private, link-local and metadata stay refused.</summary>
    public bool AllowLoopback { get; set; }

    /// <summary>Per-attempt request timeout (Svix: 15 s).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:01:00")]
    public TimeSpan DeliveryTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long the previous secret keeps signing after a rotation.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00")]
    public TimeSpan RotationOverlap { get; set; } = TimeSpan.FromHours(24);

    /// <summary>A subscription whose deliveries all failed for this long is disabled.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "30.00:00:00")]
    public TimeSpan DisableAfterFailingFor { get; set; } = TimeSpan.FromDays(5);

    /// <summary>Delivery log retention.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "365.00:00:00")]
    public TimeSpan DeliveryLogRetention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Hard cap of one event body; larger events are not sent (thin payloads aim at 20 KB).</summary>
    [Range(1024, 256 * 1024)]
    public int MaxPayloadBytes { get; set; } = 256 * 1024;
}
