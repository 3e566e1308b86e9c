using Scraper.Parsing;

namespace Scraper.Sources.Adapters;

/// <summary>Feed item → document: ids stay the feed's own (guid/id/link), so reordering is not a change.</summary>
internal static class FeedDocuments
{
    public static SourceDocument From(FeedItem item, string snapshotHash, string? language) => new()
    {
        ItemId = item.Id,
        Url = item.Link,
        Title = item.Title,
        Published = item.Published ?? item.Updated,
        Updated = item.Updated,
        Author = item.Author,
        Language = language,
        Text = HtmlText.ToPlainText(item.ContentHtml ?? item.Summary),
        Summary = item.Summary is null ? null : HtmlText.ToPlainText(item.Summary),
        SnapshotHash = snapshotHash,
    };
}
