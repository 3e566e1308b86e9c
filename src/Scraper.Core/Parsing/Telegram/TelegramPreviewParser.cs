using System.Globalization;
using System.Text.RegularExpressions;
using HtmlAgilityPack;

namespace Scraper.Parsing;

/// <summary>
/// Reads https://t.me/s/&lt;channel&gt; pages. Classes are matched as whole tokens (the preview nests
/// prefixes like _title/_title_wrap). A contact card, a rate-limit page or a channel page without any
/// message widget is reported as unavailable, never as "no posts".
/// </summary>
public static partial class TelegramPreviewParser
{
    public static TelegramPage Parse(string html)
    {
        var doc = HtmlLoader.Load(html);
        var root = doc.DocumentNode;
        var title = Text(First(root, "tgme_channel_info_header_title"));
        var messages = root.SelectNodes(ByClass("//div", "tgme_widget_message") + "[@data-post]");
        if (messages is null || messages.Count == 0)
        {
            return new TelegramPage(title, [], null, WhyUnavailable(root, html));
        }

        var posts = new List<TelegramPost>();
        foreach (var message in messages)
        {
            if (ReadPost(message) is { } post)
            {
                posts.Add(post);
            }
        }

        var more = root.SelectSingleNode(ByClass("//a", "tme_messages_more") + "[@data-before]");
        long? before = more is not null && long.TryParse(more.GetAttributeValue("data-before", ""), NumberStyles.None, CultureInfo.InvariantCulture, out var b) ? b : null;
        return new TelegramPage(title, posts, before, posts.Count == 0 ? "message widgets without a readable data-post" : null);
    }

    private static TelegramPost? ReadPost(HtmlNode message)
    {
        var m = DataPost().Match(message.GetAttributeValue("data-post", ""));
        if (!m.Success || !long.TryParse(m.Groups["id"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return null;
        }

        var textNode = First(message, "tgme_widget_message_text");
        var meta = First(message, "tgme_widget_message_meta");
        var time = meta?.SelectSingleNode(".//time[@datetime]") ?? message.SelectSingleNode(".//time[@datetime]");
        var forwarded = First(message, "tgme_widget_message_forwarded_from_name") ?? First(message, "tgme_widget_message_forwarded_from");
        var links = textNode?.SelectNodes(".//a[@href]")?.Select(a => HtmlEntity.DeEntitize(a.GetAttributeValue("href", ""))).Where(h => h.Length > 0).ToList();
        return new TelegramPost
        {
            Channel = m.Groups["channel"].Value,
            Id = id,
            Published = FeedDates.Parse(time?.GetAttributeValue("datetime", null!)),
            Edited = meta is not null && Edited().IsMatch(meta.InnerText),
            Text = textNode is null ? "" : HtmlText.ToPlainText(textNode),
            ForwardedFrom = forwarded is null ? null : ForwardedPrefix().Replace(Text(forwarded) ?? "", "").Trim() is { Length: > 0 } f ? f : null,
            Author = Text(First(message, "tgme_widget_message_from_author")),
            Links = links ?? [],
        };
    }

    private static string WhyUnavailable(HtmlNode root, string html)
    {
        if (TooManyRequests().IsMatch(html))
        {
            return "Telegram rate limit page (too many requests)";
        }

        if (root.SelectSingleNode(ByClass("//*", "tgme_page")) is not null || root.SelectSingleNode(ByClass("//*", "tgme_page_title")) is not null)
        {
            return "preview unavailable: Telegram served the contact page instead of the channel preview";
        }

        return First(root, "tgme_channel_history") is not null
            ? "preview unavailable: channel page without any message widget"
            : "not a Telegram channel preview page";
    }

    private static HtmlNode? First(HtmlNode context, string cssClass) =>
        context.SelectSingleNode(ByClass(context.NodeType == HtmlNodeType.Document ? "//*" : ".//*", cssClass));

    /// <summary>XPath for elements carrying <paramref name="cssClass"/> as a whole class token.</summary>
    private static string ByClass(string path, string cssClass) =>
        $"{path}[contains(concat(' ', normalize-space(@class), ' '), ' {cssClass} ')]";

    private static string? Text(HtmlNode? node)
    {
        if (node is null)
        {
            return null;
        }

        var t = HtmlText.ToPlainText(node).Replace('\n', ' ').Trim();
        return t.Length == 0 ? null : t;
    }

    [GeneratedRegex(@"^(?<channel>[A-Za-z0-9_]{1,64})/(?<id>\d{1,18})$")]
    private static partial Regex DataPost();

    [GeneratedRegex(@"\bedited\b|изменено|змінено", RegexOptions.IgnoreCase)]
    private static partial Regex Edited();

    [GeneratedRegex(@"^\s*(?:Forwarded from|Переслано от|Переслано з)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex ForwardedPrefix();

    [GeneratedRegex(@"too many requests|flood_wait", RegexOptions.IgnoreCase)]
    private static partial Regex TooManyRequests();
}
