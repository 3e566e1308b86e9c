using System.Text.RegularExpressions;

namespace Scraper.Parsing;

/// <summary>
/// Recognises bodies that are not the content they claim to be - empty pages, CAPTCHA and bot
/// challenges - so an adapter reports a failed run instead of "all items removed".
/// </summary>
public static partial class PageCheck
{
    public static string? Problem(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "empty body";
        }

        var head = text.Length > 20000 ? text[..20000] : text;
        return Challenge().IsMatch(head) ? "bot challenge or CAPTCHA page" : null;
    }

    [GeneratedRegex(@"g-recaptcha|h-captcha|hcaptcha\.com|cf-challenge|challenge-platform|cf_chl_|<title>\s*(?:Just a moment|Attention Required|Access denied|Are you a robot)|id=""captcha""|class=""captcha", RegexOptions.IgnoreCase)]
    private static partial Regex Challenge();
}
