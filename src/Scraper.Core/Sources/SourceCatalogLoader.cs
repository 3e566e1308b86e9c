using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Scraper.Sources;

/// <summary>
/// Reads and validates a catalogue file. Every mistake is collected (file, source id, field) rather
/// than stopping at the first, so an author fixes a file in one pass.
/// </summary>
public static partial class SourceCatalogLoader
{
    public static readonly IReadOnlySet<string> KnownAdapters =
        new HashSet<string>(StringComparer.Ordinal) { "rss", "html", "telegram", "sitemap", "gdelt" };

    public static IReadOnlyList<SourceDefinition> LoadFile(string path)
    {
        var (sources, errors) = Validate(path, File.ReadAllText(path));
        return errors.Count > 0 ? throw new SourceCatalogException(errors) : sources;
    }

    public static (IReadOnlyList<SourceDefinition> Sources, IReadOnlyList<CatalogError> Errors) Validate(string file, string json)
    {
        var errors = new List<CatalogError>();
        var sources = new List<SourceDefinition>();
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            errors.Add(new CatalogError(file, null, $"line {ex.LineNumber + 1}", ex.Message));
            return (sources, errors);
        }

        using (doc)
        {
            if (!doc.RootElement.TryGetProperty("sources", out var list) || list.ValueKind != JsonValueKind.Array)
            {
                errors.Add(new CatalogError(file, null, "sources", "missing array 'sources'"));
                return (sources, errors);
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            var index = 0;
            foreach (var item in list.EnumerateArray())
            {
                var source = ReadOne(file, item, index++, errors);
                if (source is null)
                {
                    continue;
                }

                if (!seen.Add(source.Id))
                {
                    errors.Add(new CatalogError(file, source.Id, "id", "duplicate id"));
                    continue;
                }

                sources.Add(source);
            }
        }

        return (sources, errors);
    }

    public static SourceDefinition? ReadOne(string file, JsonElement item, int index, List<CatalogError> errors)
    {
        var before = errors.Count;
        string? id = Str(item, "id");
        var label = id ?? $"#{index}";
        void Error(string field, string message) => errors.Add(new CatalogError(file, label, field, message));

        if (id is null || !IdPattern().IsMatch(id))
        {
            Error("id", "required; lowercase letters, digits and '-' (max 63)");
        }

        var name = Str(item, "name");
        if (string.IsNullOrWhiteSpace(name))
        {
            Error("name", "required");
        }

        SourceKind kind = default;
        var kindText = Str(item, "kind");
        if (kindText is null || !Enum.TryParse(kindText, ignoreCase: true, out kind) || kindText != kindText.ToLowerInvariant())
        {
            Error("kind", $"must be one of ministry, news, monitor (got '{kindText}')");
        }

        var country = Str(item, "country");
        if (country is not null && !CountryPattern().IsMatch(country))
        {
            Error("country", $"'{country}' is not an ISO 3166-1 alpha-2 code");
        }

        var adapter = Str(item, "adapter");
        if (adapter is null || !KnownAdapters.Contains(adapter))
        {
            Error("adapter", $"must be one of {string.Join(", ", KnownAdapters)} (got '{adapter}')");
        }

        var urls = new List<Uri>();
        if (item.TryGetProperty("urls", out var urlList) && urlList.ValueKind == JsonValueKind.Array)
        {
            foreach (var u in urlList.EnumerateArray())
            {
                if (u.ValueKind == JsonValueKind.String && Uri.TryCreate(u.GetString(), UriKind.Absolute, out var uri)
                    && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
                {
                    urls.Add(uri);
                }
                else
                {
                    Error("urls", $"'{u}' is not an absolute http(s) URL");
                }
            }
        }

        if (urls.Count == 0)
        {
            Error("urls", "at least one URL is required");
        }

        var schedule = Str(item, "schedule") ?? "0 */15 * * * *";
        if (SourceSchedule.TryParse(schedule, out var scheduleError) is null)
        {
            Error("schedule", scheduleError!);
        }

        TimeSpan? expected = null;
        var expectedText = Str(item, "expected_update_period");
        if (expectedText is not null)
        {
            if (TimeSpan.TryParse(expectedText, CultureInfo.InvariantCulture, out var e) && e > TimeSpan.Zero)
            {
                expected = e;
            }
            else
            {
                Error("expected_update_period", $"'{expectedText}' is not a positive time span (d.hh:mm:ss)");
            }
        }

        var languages = new List<string>();
        if (item.TryGetProperty("languages", out var langs) && langs.ValueKind == JsonValueKind.Array)
        {
            foreach (var l in langs.EnumerateArray())
            {
                var code = l.ValueKind == JsonValueKind.String ? l.GetString() : null;
                if (code is null || !LanguagePattern().IsMatch(code))
                {
                    Error("languages", $"'{l}' is not an ISO 639-1 code");
                }
                else
                {
                    languages.Add(code);
                }
            }
        }

        PolitenessOverrides? politeness = null;
        if (item.TryGetProperty("politeness", out var pol) && pol.ValueKind == JsonValueKind.Object)
        {
            TimeSpan? minDelay = null;
            var md = Str(pol, "min_delay");
            if (md is not null)
            {
                if (TimeSpan.TryParse(md, CultureInfo.InvariantCulture, out var d) && d >= TimeSpan.FromSeconds(1))
                {
                    minDelay = d;
                }
                else
                {
                    Error("politeness.min_delay", $"'{md}' must be a time span of at least 00:00:01");
                }
            }

            bool? robots = pol.TryGetProperty("obey_robots_txt", out var r) && r.ValueKind is JsonValueKind.True or JsonValueKind.False
                ? r.GetBoolean()
                : null;
            politeness = new PolitenessOverrides { MinDelay = minDelay, ObeyRobotsTxt = robots };
        }

        var options = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        if (item.TryGetProperty("options", out var opts) && opts.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in opts.EnumerateObject())
            {
                options[p.Name] = p.Value.Clone();
            }
        }

        var enabled = !item.TryGetProperty("enabled", out var en) || en.ValueKind != JsonValueKind.False;

        if (errors.Count > before)
        {
            return null;
        }

        return new SourceDefinition
        {
            Id = id!,
            Name = name!,
            Kind = kind,
            Country = country,
            Languages = languages,
            Adapter = adapter!,
            Urls = urls,
            Schedule = schedule,
            ExpectedUpdatePeriod = expected,
            Politeness = politeness,
            Options = options,
            Enabled = enabled,
        };
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,62}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex CountryPattern();

    [GeneratedRegex("^[a-z]{2}$")]
    private static partial Regex LanguagePattern();
}
