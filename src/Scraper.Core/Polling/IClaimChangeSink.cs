using Scraper.Claims;

namespace Scraper.Polling;

/// <summary>
/// Told about every committed claim change after it is in the change log (webhook fan-out plugs in
/// here). Called again for the same change after a crash, so implementations must be idempotent.
/// </summary>
public interface IClaimChangeSink
{
    Task OnChangesAsync(IReadOnlyList<ClaimChange> changes, CancellationToken cancellationToken);
}
