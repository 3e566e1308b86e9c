using Scraper.Sources;

namespace Scraper.Core.Tests.Sources;

public sealed class SourceCatalogLoaderTests
{
    private static readonly string FixtureRoot = Path.Combine(AppContext.BaseDirectory, "Sources", "Fixtures", "catalog");

    public static TheoryData<string> BrokenCatalogues()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(FixtureRoot).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(dir));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BrokenCatalogues))]
    public void Validate_BrokenCatalogue_ReportsFileSourceAndFieldOfEveryMistake(string quirk)
    {
        var file = Path.Combine(FixtureRoot, quirk, "sources.json");
        var expected = File.ReadAllLines(Path.Combine(FixtureRoot, quirk, "expected.txt")).Where(l => l.Length > 0).ToList();

        var (_, errors) = SourceCatalogLoader.Validate(file, File.ReadAllText(file));

        Assert.All(errors, e => Assert.Equal(file, e.File));
        foreach (var line in expected)
        {
            var (id, field) = (line.Split('|')[0], line.Split('|')[1]);
            Assert.True(
                errors.Any(e => (e.SourceId ?? "") == id && e.Field.StartsWith(field, StringComparison.Ordinal)),
                $"expected an error for source '{id}', field '{field}'; got:\n{string.Join('\n', errors)}");
        }

        Assert.Equal(expected.Count, errors.Count);
    }

    [Fact]
    public void LoadFile_BrokenCatalogue_ThrowsWithEveryErrorInTheMessage()
    {
        var file = Path.Combine(FixtureRoot, "misspelt-field", "sources.json");

        var ex = Assert.Throws<SourceCatalogException>(() => SourceCatalogLoader.LoadFile(file));

        Assert.Equal(2, ex.Errors.Count);
        Assert.Contains("source 'bbc-world', field 'shedule'", ex.Message);
    }

    [Fact]
    public void LoadFile_MissingFile_ReportsTheFile()
    {
        var ex = Assert.Throws<SourceCatalogException>(() => SourceCatalogLoader.LoadFile("/nonexistent/sources.json"));

        Assert.Equal("/nonexistent/sources.json", ex.Errors.Single().File);
    }

    [Fact]
    public void ValidateEntry_RoundTripsThroughEntryJson()
    {
        var shipped = ShippedCatalogTests.Load().First(s => s.Politeness is not null && s.Options.Count > 0);

        var (again, errors) = SourceCatalogLoader.ValidateEntry("override", SourceEntryJson.ToJson(shipped).ToJsonString());

        Assert.Empty(errors);
        Assert.Equal(SourceEntryJson.ToJson(shipped).ToJsonString(), SourceEntryJson.ToJson(again!).ToJsonString());
    }
}
