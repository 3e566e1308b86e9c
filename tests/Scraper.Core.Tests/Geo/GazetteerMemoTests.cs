using Scraper.Geo;

namespace Scraper.Core.Tests.Geo;

/// <summary>Lookups are remembered; a gazetteer that gains names forgets them, so it never answers from stale entries.</summary>
public sealed class GazetteerMemoTests
{
    [Fact]
    public void Lookup_AfterNewName_FindsIt()
    {
        var gazetteer = new Gazetteer();
        var raqqa = gazetteer.Add(new GazetteerEntry(163915, "Ar Raqqah", "Raqqa", "SY", "04", "PPLA", 177636, 35.95, 39.01, PlaceLevel.Populated));
        gazetteer.AddName(raqqa, "Ar Raqqah");
        Assert.Empty(gazetteer.Lookup("Ракка"));

        gazetteer.AddName(raqqa, "Ракка");

        Assert.Equal("Raqqa", Assert.Single(gazetteer.Lookup("Ракка")).Entry.EnglishName);
    }

    [Fact]
    public void Lookup_SameNameTwice_SameAnswer()
    {
        var gazetteer = new Gazetteer();
        var region = gazetteer.Add(new GazetteerEntry(null, "Idlib Governorate", "Idlib Governorate", "SY", "08", "ADM1", 0, 35.8, 36.6, PlaceLevel.Admin1));
        gazetteer.AddName(region, "Idlib Governorate");

        Assert.Equal(gazetteer.Lookup("idlib governorate"), gazetteer.Lookup("idlib governorate"));
        Assert.Same(gazetteer.Entries[region], gazetteer.Admin1Region("SY", "08"));
        Assert.Null(gazetteer.Admin1Region("SY", "09"));
    }
}
