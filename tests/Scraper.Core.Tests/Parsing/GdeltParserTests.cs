using Scraper.Parsing;

namespace Scraper.Core.Tests.Parsing;

public class GdeltParserTests
{
    private static string Folder => Path.Combine(Fixtures.Root, "Gdelt", "export-root-19");

    [Fact]
    public void ParseLastUpdate_FindsTheExportZip()
    {
        var update = GdeltParser.ParseLastUpdate(File.ReadAllText(Path.Combine(Folder, "lastupdate.txt")));
        Assert.NotNull(update);
        Assert.EndsWith("20261124083000.export.CSV.zip", update.ExportUrl.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal(new FileInfo(Path.Combine(Folder, "20261124083000.export.CSV.zip")).Length, update.Size);
    }

    [Fact]
    public void ParseExportZip_KeepsOnlyRootCode19Rows()
    {
        var export = GdeltParser.ParseExportZip(File.ReadAllBytes(Path.Combine(Folder, "20261124083000.export.CSV.zip")), new HashSet<string> { "19" });
        Assert.Null(export.Error);
        Assert.Equal(["1234567001", "1234567002"], export.Events.Select(e => e.GlobalEventId));
        var first = export.Events[0];
        Assert.Equal("195", first.EventCode);
        Assert.Equal("Kharkiv, Kharkivs'ka Oblast', Ukraine", first.ActionGeoFullName);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 8, 30, 0, TimeSpan.Zero), first.DateAdded);
        Assert.Equal(49.9808, first.ActionGeoLat);
    }

    [Fact]
    public void ParseExportCsv_MalformedLine_IsCountedAndSkipped()
    {
        using var reader = new StreamReader(Path.Combine(Folder, "export.CSV"));
        var export = GdeltParser.ParseExportCsv(reader, new HashSet<string> { "19" });
        Assert.Equal(1, export.MalformedLines);
        Assert.Equal(2, export.Events.Count);
    }

    [Fact]
    public void ParseExportZip_NotAZip_IsAnError() =>
        Assert.NotNull(GdeltParser.ParseExportZip("not a zip"u8.ToArray(), new HashSet<string> { "19" }).Error);
}
