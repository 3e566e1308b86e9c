using System.Text.Json;
using Scraper.Extraction;

namespace Scraper.Core.Tests.Extraction;

/// <summary>
/// Each folder under Fixtures/Extraction is a text written in the style of one source (meta.json: published,
/// lang, kind) with the claims it must yield (expected.json). Claims match as the corpus scorer matches them:
/// by place as written or normalised; every expected field must agree and no extra claim may appear.
/// </summary>
public sealed class ExtractionFixtureTests
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Extraction");
    private static readonly StrikeClaimExtractor Extractor = new();

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(Root).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(dir));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Extract_FixtureInSourceStyle_YieldsExpectedClaims(string fixture)
    {
        var dir = Path.Combine(Root, fixture);
        using var meta = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "meta.json")));
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "expected.json")));
        var m = meta.RootElement;
        var input = new ExtractionInput(
            File.ReadAllText(Path.Combine(dir, "input.txt")),
            m.TryGetProperty("published", out var p) ? DateOnly.Parse(p.GetString()!, System.Globalization.CultureInfo.InvariantCulture) : null,
            m.TryGetProperty("lang", out var l) ? l.GetString() : null,
            m.TryGetProperty("kind", out var k) ? k.GetString() : null);

        var claims = Extractor.Extract(input);
        var json = JsonSerializer.SerializeToElement(claims, ScraperJson.Api);
        var wanted = expected.RootElement.GetProperty("claims").EnumerateArray().ToList();

        Assert.Equal(wanted.Count, claims.Count);
        foreach (var e in wanted)
        {
            var key = (e.TryGetProperty("place_normalized", out var pn) ? pn : e.GetProperty("place")).GetString()!;
            // Several claimants may report the same place: the expected claimant picks which claim is meant.
            var claimant = e.TryGetProperty("claimant", out var ec) ? ec.GetString() : null;
            var match = json.EnumerateArray().FirstOrDefault(c =>
                (string.Equals(c.GetProperty("place_normalized").GetString(), key, StringComparison.OrdinalIgnoreCase)
                || string.Equals(c.GetProperty("place").GetString(), key, StringComparison.OrdinalIgnoreCase))
                && (claimant is null || c.GetProperty("claimant").GetString() == claimant));
            Assert.True(match.ValueKind == JsonValueKind.Object, $"{fixture}: no claim for {key}");
            foreach (var field in e.EnumerateObject())
            {
                Assert.True(field.Value.ToString() == match.GetProperty(field.Name).ToString(), $"{fixture}/{key}: {field.Name} expected {field.Value} got {match.GetProperty(field.Name)}");
            }
        }
    }

    [Fact]
    public void Extract_EveryClaim_HasEvidenceThatIsExactSubstringAtOffsets()
    {
        var text = File.ReadAllText(Path.Combine(Root, "en-idf-areas-of-list", "input.txt"));
        var claims = Extractor.Extract(new ExtractionInput(text, new DateOnly(2024, 6, 20), "en", "ministry"));

        Assert.NotEmpty(claims);
        Assert.All(claims, c => Assert.Equal(c.Evidence, text[c.EvidenceStart!.Value..c.EvidenceEnd!.Value]));
    }

    [Fact]
    public void Extract_WithoutPublishedDate_LeavesRelativeDatesUnresolved()
    {
        var claims = Extractor.Extract(new ExtractionInput("Russian jets on Sunday struck the town of Talbiseh, activists said.", null, "en", "news"));

        var claim = Assert.Single(claims);
        Assert.Null(claim.EventDate);
        Assert.Null(claim.DatePrecision);
        Assert.Equal("activists", claim.Claimant);
    }

    [Fact]
    public void Extract_LanguageOmitted_DetectsUkrainian()
    {
        var claims = Extractor.Extract(new ExtractionInput("Генштаб ЗСУ повідомив, що минулої доби противник завдав авіаційного удару по Костянтинівці.", new DateOnly(2025, 2, 12)));

        var claim = Assert.Single(claims);
        Assert.Equal("uk", claim.Language);
        Assert.Equal("Russia", claim.Attacker);
        Assert.Equal("2025-02-11", claim.EventDate);
    }
}
