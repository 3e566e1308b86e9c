namespace Scraper.Webhooks.Ssrf;

/// <summary>
/// Thrown only inside the connect callback (the handler API allows no other way out); the sender
/// turns it back into a refused outcome.
/// </summary>
public sealed class TargetRefusedException(string reason) : Exception(reason)
{
    public string Reason { get; } = reason;
}
