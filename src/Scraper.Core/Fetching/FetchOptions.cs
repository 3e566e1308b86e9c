using System.ComponentModel.DataAnnotations;

namespace Scraper.Fetching;

/// <summary>Politeness and safety limits for outbound fetches (section "Fetching"), validated at start-up.</summary>
public sealed class FetchOptions
{
    public const string SectionName = "Fetching";

    /// <summary>
    /// Honest User-Agent: a bot name/version and a contact URL ("Name/1.0 (+https://...)"), never a
    /// spoofed browser. The part before '/' is the robots.txt product token.
    /// </summary>
    [Required]
    [RegularExpression(@"^[A-Za-z][A-Za-z0-9_-]*/\S+ \(\+https?://[^\s;)]+.*\)$", ErrorMessage = "Fetching:UserAgent must look like 'Name/1.0 (+https://contact.example/about)'")]
    public string UserAgent { get; set; } = "ScraperBot/1.0 (+https://github.com/scraper-claims/scraper; strike-claims research)";

    /// <summary>The robots.txt product token (the User-Agent's name before '/').</summary>
    public string RobotsToken => UserAgent.Split('/')[0];

    /// <summary>Minimum spacing between two requests to one host (jittered upwards).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan MinHostDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Ceiling of the host spacing after it has been doubled for 429/503 answers.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan MaxHostDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Bodies larger than this (after decompression) are aborted while streaming.</summary>
    [Range(1024, 512 * 1024 * 1024)]
    public long MaxBodyBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Until the response headers arrive, per attempt.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Whole fetch including retries, redirects and body, from the moment the host's turn comes.</summary>
    [Range(typeof(TimeSpan), "00:00:00.200", "00:10:00")]
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(30);

    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(10);

    [Range(0, 10)]
    public int MaxRedirects { get; set; } = 5;

    /// <summary>Retries after the first attempt on 408/429/5xx and network errors.</summary>
    [Range(0, 5)]
    public int MaxRetries { get; set; } = 2;

    /// <summary>Base of the jittered exponential back-off (2 s, 4 s, ...).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Retry-After values are honoured up to this cap.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// A Retry-After up to this long is waited out inside the fetch; a longer one pauses the host
    /// (later fetches to it fail fast until then) so no run blocks on it.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan MaxInlineRetryAfter { get; set; } = TimeSpan.FromSeconds(10);

    public bool ObeyRobotsTxt { get; set; } = true;

    /// <summary>
    /// Refuse private, CGNAT, unique-local and loopback addresses (SSRF guard; link-local/metadata
    /// addresses are always refused). On by default, since admins can add sources at run time; the demo and
    /// tests, which replay pages from loopback, turn it off explicitly.
    /// </summary>
    public bool BlockPrivateNetworks { get; set; } = true;

    /// <summary>robots.txt is cached per scheme+host in memory for this long (per process).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan RobotsCacheDuration { get; set; } = TimeSpan.FromHours(24);

    /// <summary>A robots.txt that could not be read (5xx, network) blocks HTML pages for this long.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan RobotsFailureCacheDuration { get; set; } = TimeSpan.FromHours(1);
}
