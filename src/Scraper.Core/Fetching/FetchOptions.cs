using System.ComponentModel.DataAnnotations;

namespace Scraper.Fetching;

/// <summary>Politeness and safety limits for outbound fetches (section "Fetching").</summary>
public sealed class FetchOptions
{
    public const string SectionName = "Fetching";

    /// <summary>Honest User-Agent with a contact URL, as site operators expect.</summary>
    [Required]
    public string UserAgent { get; set; } = "ScraperBot/1.0 (+https://github.com/scraper-claims/scraper; strike-claims research)";

    /// <summary>Minimum spacing between two requests to one host (jittered upwards).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan MinHostDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Bodies larger than this are aborted while streaming.</summary>
    [Range(1024, 512 * 1024 * 1024)]
    public long MaxBodyBytes { get; set; } = 5 * 1024 * 1024;

    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(30);

    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(10);

    [Range(0, 10)]
    public int MaxRedirects { get; set; } = 5;

    [Range(0, 5)]
    public int MaxRetries { get; set; } = 2;

    public bool ObeyRobotsTxt { get; set; } = true;
}
