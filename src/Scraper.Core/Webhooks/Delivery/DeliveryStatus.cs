namespace Scraper.Webhooks.Delivery;

/// <summary>Where a delivery stands.</summary>
public enum DeliveryStatus
{
    Pending,
    Retrying,
    Succeeded,
    Failed,

    /// <summary>The subscription was deleted or disabled before the delivery went out.</summary>
    Cancelled,
}
