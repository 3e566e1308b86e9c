using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Scraper.Diffs;
using Scraper.Diffs.Formats;

namespace Scraper.Api;

/// <summary>A validated GET /api/diffs/{date} request; every bad parameter is a 400 naming it.</summary>
public sealed record DiffRequest(DateOnly Date, DiffFormat Format, DiffFilter Filter, int? Limit, int Offset)
{
    public const int MaxLimit = 10_000;

    public bool IsPaged => Limit is not null || Offset > 0;

    /// <summary>Stable hash of everything but the date, folded into ETags.</summary>
    public string Variant => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
        string.Join('|', Format, Limit, Offset, string.Join(',', DiffFilter.Names.Select(n => n + "=" + string.Join(';', Values(Filter, n).Order(StringComparer.OrdinalIgnoreCase))))))))[..16];

    public static (DiffRequest? Request, IResult? Error) Parse(HttpRequest http, string? date)
    {
        if (!TryParseDay(date, out var day))
        {
            return (null, Problems.BadParameter("date", $"'{date}' is not a date in YYYY-MM-DD form (UTC day)"));
        }

        DiffFormat format;
        var q = http.Query;
        if (q.TryGetValue("format", out var f))
        {
            if (!DiffFormats.TryParse(f.ToString(), out format))
            {
                return (null, Problems.BadParameter("format", $"'{f}' is not one of json, ndjson, csv, geojson"));
            }
        }
        else
        {
            format = DiffFormats.FromAccept(http.Headers.Accept.ToString());
        }

        var unknown = q.Keys.FirstOrDefault(k => !DiffFilter.Names.Contains(k) && k is not ("format" or "limit" or "continuation" or "code"));
        if (unknown is not null)
        {
            return (null, Problems.BadParameter(unknown, $"unknown parameter; accepted: format, limit, continuation, {string.Join(", ", DiffFilter.Names)}"));
        }

        var changes = Split(q, "change");
        var badChange = changes.FirstOrDefault(c => c is not ("added" or "changed" or "removed"));
        if (badChange is not null)
        {
            return (null, Problems.BadParameter("change", $"'{badChange}' is not one of added, changed, removed"));
        }

        var kinds = Split(q, "kind");
        var badKind = kinds.FirstOrDefault(k => k is not ("ministry" or "news" or "monitor"));
        if (badKind is not null)
        {
            return (null, Problems.BadParameter("kind", $"'{badKind}' is not one of ministry, news, monitor"));
        }

        var countries = Split(q, "country");
        var badCountry = countries.FirstOrDefault(c => c.Length != 2 || !c.All(char.IsAsciiLetter));
        if (badCountry is not null)
        {
            return (null, Problems.BadParameter("country", $"'{badCountry}' is not an ISO 3166-1 alpha-2 code"));
        }

        int? limit = null;
        if (q.TryGetValue("limit", out var l))
        {
            if (!int.TryParse(l, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n is < 1 or > MaxLimit)
            {
                return (null, Problems.BadParameter("limit", $"'{l}' is not a whole number from 1 to {MaxLimit}"));
            }

            limit = n;
        }

        var offset = 0;
        if (q.TryGetValue("continuation", out var c))
        {
            if (!ContinuationToken.TryRead(c.ToString(), day, out offset))
            {
                return (null, Problems.BadParameter("continuation", "not a continuation token returned by this route for this day"));
            }
        }

        if ((limit is not null || offset > 0) && format is not (DiffFormat.Json or DiffFormat.Ndjson))
        {
            return (null, Problems.BadParameter(limit is not null ? "limit" : "continuation", "paging is offered for json and ndjson; csv and geojson return the whole day"));
        }

        var filter = new DiffFilter
        {
            Country = DiffFilter.Set(countries),
            Attacker = DiffFilter.Set(Split(q, "attacker")),
            Claimant = DiffFilter.Set(Split(q, "claimant")),
            Source = DiffFilter.Set(Split(q, "source")),
            TargetGroup = DiffFilter.Set(Split(q, "target_group")),
            Kind = DiffFilter.Set(kinds),
            Change = DiffFilter.Set(changes),
        };
        return (new DiffRequest(day, format, filter, limit, offset), null);
    }

    public static bool TryParseDay(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    private static List<string> Split(IQueryCollection q, string name) =>
        q.TryGetValue(name, out var v)
            ? v.SelectMany(s => (s ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Select(s => name is "change" or "kind" ? s.ToLowerInvariant() : s).ToList()
            : [];

    private static IEnumerable<string> Values(DiffFilter f, string name) => name switch
    {
        "country" => f.Country,
        "attacker" => f.Attacker,
        "claimant" => f.Claimant,
        "source" => f.Source,
        "target_group" => f.TargetGroup,
        "kind" => f.Kind,
        _ => f.Change,
    };
}
