using System.Text.Json;

namespace Scraper.Parsing;

/// <summary>JSON Feed 1.0/1.1 (https://jsonfeed.org/version/1.1); a malformed item is skipped, not fatal.</summary>
internal static class JsonFeedParser
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    public static FeedParseResult Parse(string json)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, Options);
        }
        catch (JsonException ex)
        {
            return FeedParseResult.Fail($"not a feed: invalid JSON ({ex.Message})");
        }

        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !(Str(root, "version")?.Contains("jsonfeed", StringComparison.OrdinalIgnoreCase) ?? root.TryGetProperty("items", out _)))
            {
                return FeedParseResult.Fail("not a feed: JSON without a JSON Feed version");
            }

            var home = Str(root, "home_page_url");
            var baseUri = XmlFeedParser.AsBase(home) ?? XmlFeedParser.AsBase(Str(root, "feed_url"));
            var feedAuthor = Author(root);
            var items = new List<FeedItem>();
            if (root.TryGetProperty("items", out var array) && array.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in array.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.Object && ReadItem(item, baseUri, feedAuthor) is { } parsed)
                    {
                        items.Add(parsed);
                    }
                }
            }

            return FeedParseResult.Ok(new ParsedFeed(XmlFeedParser.PlainTitle(Str(root, "title")), home, items) { Format = "json" });
        }
    }

    private static FeedItem? ReadItem(JsonElement item, Uri? baseUri, string? feedAuthor)
    {
        var link = XmlFeedParser.Resolve(Str(item, "url") ?? Str(item, "external_url"), baseUri);
        var title = Str(item, "title");
        var html = Str(item, "content_html");
        var text = Str(item, "content_text");
        var summary = Str(item, "summary");
        var id = Str(item, "id") ?? link ?? ((title ?? summary ?? text) is null ? null : XmlFeedParser.ContentId(title, summary ?? text, Str(item, "date_published")));
        if (id is null)
        {
            return null;
        }

        return new FeedItem
        {
            Id = id,
            Title = XmlFeedParser.PlainTitle(title),
            Link = link,
            Published = FeedDates.Parse(Str(item, "date_published")),
            Updated = FeedDates.Parse(Str(item, "date_modified")),
            Author = Author(item) ?? feedAuthor,
            Summary = summary,
            ContentHtml = html ?? (text is null ? null : System.Net.WebUtility.HtmlEncode(text)),
        };
    }

    /// <summary>1.1 "authors" array, or 1.0 "author" object.</summary>
    private static string? Author(JsonElement e)
    {
        if (e.TryGetProperty("authors", out var authors) && authors.ValueKind == JsonValueKind.Array)
        {
            var names = authors.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.Object).Select(a => Str(a, "name")).OfType<string>().ToList();
            if (names.Count > 0)
            {
                return string.Join(", ", names);
            }
        }

        return e.TryGetProperty("author", out var author) && author.ValueKind == JsonValueKind.Object ? Str(author, "name") : null;
    }

    /// <summary>A string or number property as trimmed text; anything else (or empty) is null.</summary>
    private static string? Str(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var v))
        {
            return null;
        }

        var s = v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number => v.GetRawText(),
            _ => null,
        };
        s = s?.Trim();
        return string.IsNullOrEmpty(s) ? null : s;
    }
}
