using System.Text.RegularExpressions;

namespace Scraper.Extraction.Lexicons;

/// <summary>One language's lexicon with its phrase lists compiled to regexes.</summary>
public sealed class LanguageLexicon
{
    internal LanguageLexicon(LanguageLexiconData d)
    {
        Language = d.Language;
        Version = d.Version;
        StrikeTriggers = PhrasePattern.Compile(d.StrikeTriggers);
        NonStrike = PhrasePattern.Compile(d.NonStrikePhrases);
        Interception = PhrasePattern.Compile(d.InterceptionCues);
        NonClaim = PhrasePattern.Compile(d.NonClaimCues);
        OtherEvent = PhrasePattern.Compile(d.OtherEventCues);
        Attribution = PhrasePattern.Compile(d.AttributionCues);
        BackReference = PhrasePattern.Compile(d.BackReferenceCues);
        Denial = PhrasePattern.Compile(d.DenialCues);
        Enemy = PhrasePattern.Compile(d.EnemyWords);
        DefaultEnemy = d.DefaultEnemy;
        PronounAttacker = PhrasePattern.Compile(d.PronounAttackers);
        PlaceMarkers = PhrasePattern.Compile(d.PlaceMarkers);
        PlaceFillers = new HashSet<string>(d.PlaceFillers, StringComparer.OrdinalIgnoreCase);
        NonPlaceWords = new HashSet<string>(d.NonPlaceWords, StringComparer.OrdinalIgnoreCase);
        Anaphora = PhrasePattern.Compile(d.Anaphora);
        Continuation = PhrasePattern.Compile(d.ContinuationCues);
        Civilian = PhrasePattern.Compile(d.CivilianCues);
        Killed = PhrasePattern.Compile(d.KilledCues);
        Injured = PhrasePattern.Compile(d.InjuredCues);
        Negation = PhrasePattern.Compile(d.NegationCues);
        StrikeNouns = PhrasePattern.Compile(d.StrikeNouns);
        SortieNouns = PhrasePattern.Compile(d.SortieNouns);
        TargetNouns = PhrasePattern.Compile(d.TargetNouns);
        NumberWords = Normalized(d.NumberWords);
        VagueNumbers = Normalized(d.VagueNumbers);
        Months = Normalized(d.Months);
        Weekdays = Normalized(d.Weekdays);
        RelativeDays = Normalized(d.RelativeDays);
        RangeDays = Normalized(d.RangeDays);
        NightOf = d.NightOf;
        NumberWordPattern = PhrasePattern.Compile(d.NumberWords.Keys.Concat(d.VagueNumbers.Keys));
        RangeDayPattern = PhrasePattern.Compile(d.RangeDays.Keys);
        RelativeDayPattern = PhrasePattern.Compile(d.RelativeDays.Keys);
        WeekdayPattern = PhrasePattern.Compile(d.Weekdays.Keys);
    }

    public Regex RangeDayPattern { get; }
    public Regex RelativeDayPattern { get; }
    public Regex WeekdayPattern { get; }

    /// <summary>Value of a dictionary phrase as matched in text (case, spacing and apostrophe style ignored).</summary>
    public static int? Lookup(IReadOnlyDictionary<string, int> map, string matched) =>
        map.TryGetValue(NormalizeKey(matched), out var v) ? v : null;

    private static string NormalizeKey(string phrase) =>
        string.Join(' ', phrase.Split([' ', '\t', '\n', '\u00a0', '-'], StringSplitOptions.RemoveEmptyEntries)).Replace('’', '\'').Replace('ʼ', '\'');

    private static Dictionary<string, TValue> Normalized<TValue>(IReadOnlyDictionary<string, TValue> source)
    {
        var d = new Dictionary<string, TValue>(StringComparer.OrdinalIgnoreCase);
        foreach (var (k, v) in source)
        {
            d.TryAdd(NormalizeKey(k), v);
        }

        return d;
    }

    public string Language { get; }
    public string Version { get; }
    public Regex StrikeTriggers { get; }
    public Regex NonStrike { get; }
    public Regex Interception { get; }

    /// <summary>"did not comment on the strike", "could not verify": the sentence mentions a strike but asserts none.</summary>
    public Regex NonClaim { get; }

    /// <summary>"captured the village of X": places after one of these belong to another event.</summary>
    public Regex OtherEvent { get; }
    public Regex Attribution { get; }

    /// <summary>"Об этом сообщил X": the sentence names the claimant of the one before it.</summary>
    public Regex BackReference { get; }
    public Regex Denial { get; }
    public Regex Enemy { get; }

    /// <summary>Who "the enemy" means in this language when no claimant says ("ворог" in Ukrainian texts is Russia).</summary>
    public string? DefaultEnemy { get; }
    public Regex PronounAttacker { get; }
    public Regex PlaceMarkers { get; }
    public IReadOnlySet<string> PlaceFillers { get; }

    /// <summary>Words that stand where a place name would but are none ("الجنوب", "Telegram").</summary>
    public IReadOnlySet<string> NonPlaceWords { get; }
    public Regex Anaphora { get; }
    public Regex Continuation { get; }
    public Regex Civilian { get; }
    public Regex Killed { get; }
    public Regex Injured { get; }
    public Regex Negation { get; }
    public Regex StrikeNouns { get; }
    public Regex SortieNouns { get; }
    public Regex TargetNouns { get; }
    public Regex NumberWordPattern { get; }
    public IReadOnlyDictionary<string, int> NumberWords { get; }
    public IReadOnlyDictionary<string, int?> VagueNumbers { get; }
    public IReadOnlyDictionary<string, int> Months { get; }
    public IReadOnlyDictionary<string, int> Weekdays { get; }
    public IReadOnlyDictionary<string, int> RelativeDays { get; }
    public IReadOnlyDictionary<string, int> RangeDays { get; }
    public IReadOnlyList<string> NightOf { get; }
}
