namespace Scraper.Extraction.Lexicons;

/// <summary>One language's lexicon with its phrase lists compiled to matchers.</summary>
public sealed class LanguageLexicon
{
    internal LanguageLexicon(LanguageLexiconData d)
    {
        // One case fold for all lists, built on first use from every phrase compiled here.
        var phrases = new List<string>();
        var fold = new Lazy<CaseFold>(() => new CaseFold(PhraseMatcher.Alphabet(phrases)));
        PhraseMatcher Compile(IEnumerable<string> list)
        {
            var items = list.ToList();
            phrases.AddRange(items);
            return new(items, fold);
        }

        Language = d.Language;
        Version = d.Version;
        StrikeTriggers = Compile(d.StrikeTriggers);
        NonStrike = Compile(d.NonStrikePhrases);
        Interception = Compile(d.InterceptionCues);
        Launch = Compile(d.LaunchCues ?? []);
        Habitual = Compile(d.HabitualCues ?? []);
        FrontSector = Compile(d.FrontSectorCues ?? []);
        Assault = Compile(d.AssaultTriggers ?? []);
        FollowUpDate = Compile(d.FollowUpDateCues ?? []);
        VictimVoice = Compile(d.VictimVoiceCues ?? []);
        Occupied = Compile(d.OccupiedCues ?? []);
        NonClaim = Compile(d.NonClaimCues);
        OtherEvent = Compile(d.OtherEventCues);
        Response = Compile(d.ResponseCues ?? []);
        Attribution = Compile(d.AttributionCues);
        Source = Compile(d.SourceCues);
        BackReference = Compile(d.BackReferenceCues);
        Denial = Compile(d.DenialCues);
        Enemy = Compile(d.EnemyWords);
        DefaultEnemy = d.DefaultEnemy;
        PronounAttacker = Compile(d.PronounAttackers);
        PlaceMarkers = Compile(d.PlaceMarkers);
        PlaceFillers = new HashSet<string>(d.PlaceFillers, StringComparer.OrdinalIgnoreCase);
        NonPlaceWords = new HashSet<string>(d.NonPlaceWords, StringComparer.OrdinalIgnoreCase);
        GivenNames = new HashSet<string>(d.GivenNames ?? [], StringComparer.OrdinalIgnoreCase);
        Anaphora = Compile(d.Anaphora);
        Continuation = Compile(d.ContinuationCues);
        Civilian = Compile(d.CivilianCues);
        Killed = Compile(d.KilledCues);
        Injured = Compile(d.InjuredCues);
        Negation = Compile(d.NegationCues);
        StrikeNouns = Compile(d.StrikeNouns);
        SingleStrikeNouns = Compile(d.SingleStrikeNouns ?? []);
        SingleVictimNouns = Compile(d.SingleVictimNouns ?? []);
        SortieNouns = Compile(d.SortieNouns);
        TargetNouns = Compile(d.TargetNouns);
        NumberWords = Normalized(d.NumberWords);
        VagueNumbers = Normalized(d.VagueNumbers);
        Months = Normalized(d.Months);
        Weekdays = Normalized(d.Weekdays);
        RelativeDays = Normalized(d.RelativeDays);
        RangeDays = Normalized(d.RangeDays);
        NightOf = d.NightOf;
        NumberWordPattern = Compile(d.NumberWords.Keys.Concat(d.VagueNumbers.Keys));
        RangeDayPattern = Compile(d.RangeDays.Keys);
        RelativeDayPattern = Compile(d.RelativeDays.Keys);
        WeekdayPattern = Compile(d.Weekdays.Keys);
    }

    public PhraseMatcher RangeDayPattern { get; }
    public PhraseMatcher RelativeDayPattern { get; }
    public PhraseMatcher WeekdayPattern { get; }

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
    public PhraseMatcher StrikeTriggers { get; }
    public PhraseMatcher NonStrike { get; }
    public PhraseMatcher Interception { get; }

    /// <summary>"launched 97 drones at Ukraine": an attack on a country, a claim even when interceptions follow.</summary>
    public PhraseMatcher Launch { get; }

    /// <summary>"regularly", "с начала года": a pattern or tally, unless the sentence dates its own strike.</summary>
    public PhraseMatcher Habitual { get; }

    /// <summary>"На Покровському напрямку ворог 45 разів атакував ...": with only <see cref="Assault"/> words as triggers, ground assaults.</summary>
    public PhraseMatcher FrontSector { get; }

    public PhraseMatcher Assault { get; }

    /// <summary>"The strike took place on Tuesday": a sentence starting so dates the strikes of the sentence before it.</summary>
    public PhraseMatcher FollowUpDate { get; }

    /// <summary>"came under", "зазнали": the sentence is told from the side struck.</summary>
    public PhraseMatcher VictimVoice { get; }

    /// <summary>"occupied", "окупованій": ground the speaker's country claims but does not hold.</summary>
    public PhraseMatcher Occupied { get; }

    /// <summary>"did not comment on the strike", "could not verify": the sentence mentions a strike but asserts none.</summary>
    public PhraseMatcher NonClaim { get; }

    /// <summary>"captured the village of X": places after one of these belong to another event.</summary>
    public PhraseMatcher OtherEvent { get; }

    /// <summary>"in response to rocket fire on Metula": what the strike answers, and where that happened, is not the strike.</summary>
    public PhraseMatcher Response { get; }
    public PhraseMatcher Attribution { get; }

    /// <summary>"according to X": the attribution cues a source name follows.</summary>
    public PhraseMatcher Source { get; }

    /// <summary>"Об этом сообщил X": the sentence names the claimant of the one before it.</summary>
    public PhraseMatcher BackReference { get; }
    public PhraseMatcher Denial { get; }
    public PhraseMatcher Enemy { get; }

    /// <summary>Who "the enemy" means in this language when no claimant says ("ворог" in Ukrainian texts is Russia).</summary>
    public string? DefaultEnemy { get; }
    public PhraseMatcher PronounAttacker { get; }
    public PhraseMatcher PlaceMarkers { get; }
    public IReadOnlySet<string> PlaceFillers { get; }

    /// <summary>Words that stand where a place name would but are none ("الجنوب", "Telegram").</summary>
    public IReadOnlySet<string> NonPlaceWords { get; }

    /// <summary>First names: before a capitalised word they start a person's name ("Сергей Тюрин"), not a village.</summary>
    public IReadOnlySet<string> GivenNames { get; }
    public PhraseMatcher Anaphora { get; }
    public PhraseMatcher Continuation { get; }
    public PhraseMatcher Civilian { get; }
    public PhraseMatcher Killed { get; }
    public PhraseMatcher Injured { get; }
    public PhraseMatcher Negation { get; }
    public PhraseMatcher StrikeNouns { get; }

    /// <summary>A strike noun in the singular where the language has no article ("завдали удару"): the count is 1.</summary>
    public PhraseMatcher SingleStrikeNouns { get; }

    /// <summary>One person in the singular next to a casualty word ("погиб мирный житель", "загинув чоловік"): one dead or injured.</summary>
    public PhraseMatcher SingleVictimNouns { get; }
    public PhraseMatcher SortieNouns { get; }
    public PhraseMatcher TargetNouns { get; }
    public PhraseMatcher NumberWordPattern { get; }
    public IReadOnlyDictionary<string, int> NumberWords { get; }
    public IReadOnlyDictionary<string, int?> VagueNumbers { get; }
    public IReadOnlyDictionary<string, int> Months { get; }
    public IReadOnlyDictionary<string, int> Weekdays { get; }
    public IReadOnlyDictionary<string, int> RelativeDays { get; }
    public IReadOnlyDictionary<string, int> RangeDays { get; }
    public IReadOnlyList<string> NightOf { get; }
}
