using Scraper.Extraction.Lexicons;

namespace Scraper.Core.Tests.Extraction.Lexicons;

/// <summary>The word-trie alias matcher must find what the earlier regex-and-dictionary matcher found, and more only for inner-word wildcards.</summary>
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

    [Fact]
    public void Matches_WildcardOnInnerWords_MatchesEveryInflection()
    {
        var matcher = new AliasMatcher<string>([("беспилотн* летательн* аппарат*", "uav"), ("ударн* БпЛА", "strike-uav"), ("склад* боеприпасов", "depot")]);

        var found = matcher.Matches("Сбиты 5 беспилотных летательных аппаратов и ударные БпЛА; поражены склады боеприпасов.");

        Assert.Equal(["uav", "strike-uav", "depot"], found.Select(m => m.Value));
        Assert.Equal("беспилотных летательных аппаратов", found[0].Text);
    }

    [Fact]
    public void Matches_PhraseEndingInsideHyphenatedCompound_FallsBackToShorterAlias()
    {
        var matcher = new AliasMatcher<string>([("Ukraine's military", "ua-military"), ("Ukraine", "ukraine"), ("US-led coalition", "coalition"), ("US", "us")]);

        var found = matcher.Matches("Strikes on Ukraine's military-industrial complex; Ukraine's military said; the US-led coalition; US-made jets.");

        Assert.Equal(["ukraine", "ua-military", "coalition", "us"], found.Select(m => m.Value));
    }

    /// <summary>The reference predates wildcards on inner words (it never matched them), so those aliases are left out.</summary>
    private static void AssertSameAsReference(List<(string Alias, string Entry)> aliases, IEnumerable<string> texts)
    {
        aliases = aliases.Where(a => a.Alias.TrimEnd().TrimEnd('*').IndexOf('*', StringComparison.Ordinal) < 0).ToList();
        var fast = new AliasMatcher<string>(aliases);
        var reference = new ReferenceAliasMatcher<string>(aliases);
        foreach (var text in texts)
        {
            Assert.Equal(reference.Matches(text), fast.Matches(text));
        }
    }
}
