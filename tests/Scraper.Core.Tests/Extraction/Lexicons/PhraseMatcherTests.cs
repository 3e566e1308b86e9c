using System.Text.RegularExpressions;
using Scraper.Extraction.Lexicons;

namespace Scraper.Core.Tests.Extraction.Lexicons;

/// <summary>The phrase matcher must find exactly what the phrase regex finds (it only skips text the regex cannot match).</summary>
public sealed class PhraseMatcherTests
{
    public static TheoryData<string, string> TrickyCases() => new()
    {
        { "air strike*|strike*|strikes", "AIR STRIKES hit; air-strikes, Air  strike, _strike strike_ strikes2" },
        { "IS|ISIS|US-led", "IS fighters, is, Is, ISIS and the US-led coalition, us-led" },
        { "п'ять|удар*", "п'ять, п’ять, пʼять ударів, УДАРИ, заударити" },
        { "*غارة*|*قصف*", "غارات جوية وقصفت الطائرات؛ الغارة" },
        { "kill*|strike", "\u212Aill KILLED ſtrike STRIKE" },
        { "in the area of|in|near the village", "in the area  of X, in-the-area-of Y, inside, near\u00A0the village, in" },
        { "н.п.|обл.", "н.п. Калинове, Н.П. Х; Донецької обл. та обл" },
        { "σος", "ΣΟΣ σος σοσ" },
        { "*", "strike" },
    };

    [Theory]
    [MemberData(nameof(TrickyCases))]
    public void Matches_TrickyText_SameAsPhraseRegex(string phrases, string text)
    {
        AssertSameAsRegex(phrases.Split('|'), [text, text.ToUpperInvariant(), text.ToLowerInvariant()]);
    }

    [Fact]
    public void Matches_EveryLexiconListOnFixtureTexts_SameAsPhraseRegex()
    {
        var texts = MatcherTestTexts.Texts().ToList();
        var lists = MatcherTestTexts.PhraseLists().ToList();
        // One fold for all lists, as a language lexicon shares one.
        var fold = new CaseFold(lists.SelectMany(l => PhraseMatcher.Alphabet(l.Phrases)));
        foreach (var (_, phrases) in lists)
        {
            AssertSameAsRegex(phrases, texts, fold);
        }
    }

    [Fact]
    public void LexiconLists_LettersOfOneListOnly_StillFoldedForIt()
    {
        string[] none = [];
        var empty = new Dictionary<string, int>();
        var lexicon = new LanguageLexicon(new LanguageLexiconData(
            Version: "1", Language: "xx", StrikeTriggers: ["ωmega*"], NonStrikePhrases: none, InterceptionCues: none, NonClaimCues: none,
            OtherEventCues: none, AttributionCues: none, SourceCues: none, BackReferenceCues: none, DenialCues: none, EnemyWords: none, DefaultEnemy: null,
            PronounAttackers: none, PlaceMarkers: none, PlaceFillers: none, NonPlaceWords: none, Anaphora: none, ContinuationCues: none,
            CivilianCues: none, KilledCues: ["Ǳang"], InjuredCues: none, NegationCues: none, StrikeNouns: none, SortieNouns: none, TargetNouns: none,
            NumberWords: empty, VagueNumbers: new Dictionary<string, int?>(), Months: empty, Weekdays: empty, RelativeDays: empty, RangeDays: empty, NightOf: none));

        Assert.True(lexicon.StrikeTriggers.IsMatch("the ΩMEGAS struck"));
        Assert.Equal("ǲANG", lexicon.Killed.Match("ǲANG").Value);
    }

    [Fact]
    public void Replace_MasksLikeRegexReplace()
    {
        string[] phrases = ["bombing campaign", "strike group"];
        const string text = "The bombing campaign and the strike group; Bombing-Campaign.";
        var matcher = new PhraseMatcher(phrases, new CaseFold(PhraseMatcher.Alphabet(phrases)));

        Assert.Equal(PhrasePattern.Compile(phrases).Replace(text, m => new string(' ', m.Length)), matcher.Replace(text, m => new string(' ', m.Length)));
    }

    private static void AssertSameAsRegex(string[] phrases, IEnumerable<string> texts, CaseFold? fold = null)
    {
        var regex = PhrasePattern.Compile(phrases);
        var matcher = new PhraseMatcher(phrases, fold ?? new CaseFold(PhraseMatcher.Alphabet(phrases)));
        foreach (var text in texts)
        {
            var expected = regex.Matches(text).Select(m => (m.Index, m.Value)).ToList();
            Assert.Equal(expected, matcher.Matches(text).Select(m => (m.Index, m.Value)).ToList());
            Assert.Equal(regex.IsMatch(text), matcher.IsMatch(text));
            var first = regex.Match(text);
            Assert.Equal((first.Success, first.Index, first.Value), Tuple(matcher.Match(text)));
        }
    }

    private static (bool, int, string) Tuple(Match m) => (m.Success, m.Index, m.Value);
}
