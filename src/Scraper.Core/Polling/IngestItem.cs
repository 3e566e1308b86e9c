using Scraper.Claims;
using Scraper.Parsing;

namespace Scraper.Polling;

/// <summary>One entry of a batch: a document as read now, or (null document) the deletion of an item.</summary>
internal sealed record IngestItem(string ItemId, SourceDocument? Document)
{
    public string Key { get; } = ClaimIdentity.DocumentKey(ItemId);
}
