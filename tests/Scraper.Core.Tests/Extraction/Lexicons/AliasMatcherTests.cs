using Scraper.Extraction.Lexicons;

namespace Scraper.Core.Tests.Extraction.Lexicons;

/// <summary>The word-trie alias matcher must find what the earlier regex-and-dictionary matcher found.</summary>
public sealed class AliasMatcherTests
{
    public static TheoryData<string, string> Lists() => new()
    {
        { "actors.json", "actors|id" },
        { "groups.json", "groups|name" },
        { "weapons.json", "weapons|name" },
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public void Matches_LexiconAliasesOnFixtureTexts_SameAsReference(string file, string shape)
    {
        var (array, id) = (shape.Split('|')[0], shape.Split('|')[1]);
        AssertSameAsReference(MatcherTestTexts.Aliases(file, array, id), MatcherTestTexts.Texts());
    }

    [Fact]
    public void Matches_WildcardsCaseAndPossessives_SameAsReference()
    {
        var aliases = new List<(string, string)>
        {
            ("IS", "isis"), ("Islamic State", "isis"), ("Islamic State of Iraq", "isis-long"), ("US", "us"), ("российск*", "ru"),
            ("F-16*", "f16"), ("беспилотн* летательн* аппарат*", "uav"), ("Hamas", "hamas"), ("Hamas", "dup"), ("ударн* БпЛА", "strike-uav"),
        };
        string[] texts =
        [
            "IS and is; Islamic State of Iraq fighters; Islamic State's posts; ISLAMIC STATE; US jets, us, Us.",
            "Российские войска, российской авиации; F-16s and F-16 jets, f-16; беспилотных летательных аппаратов; беспилотн летательн аппарат.",
            "Hamas's and Hamas’s and HAMAS'S; ударн БпЛА; ударные БпЛА.",
        ];

        AssertSameAsReference(aliases, texts);
    }

    private static void AssertSameAsReference(List<(string Alias, string Entry)> aliases, IEnumerable<string> texts)
    {
        var fast = new AliasMatcher<string>(aliases);
        var reference = new ReferenceAliasMatcher<string>(aliases);
        foreach (var text in texts)
        {
            Assert.Equal(reference.Matches(text), fast.Matches(text));
        }
    }
}
