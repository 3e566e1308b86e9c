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
        Attribution = PhrasePattern.Compile(d.AttributionCues);
        Denial = PhrasePattern.Compile(d.DenialCues);
        Enemy = PhrasePattern.Compile(d.EnemyWords);
        PronounAttacker = PhrasePattern.Compile(d.PronounAttackers);
        PlaceMarkers = PhrasePattern.Compile(d.PlaceMarkers);
        PlaceFillers = new HashSet<string>(d.PlaceFillers, StringComparer.OrdinalIgnoreCase);
        Anaphora = PhrasePattern.Compile(d.Anaphora);
        Continuation = PhrasePattern.Compile(d.ContinuationCues);
        Civilian = PhrasePattern.Compile(d.CivilianCues);
        Killed = PhrasePattern.Compile(d.KilledCues);
        Injured = PhrasePattern.Compile(d.InjuredCues);
        Negation = PhrasePattern.Compile(d.NegationCues);
        StrikeNouns = PhrasePattern.Compile(d.StrikeNouns);
        NumberWords = new Dictionary<string, int>(d.NumberWords, StringComparer.OrdinalIgnoreCase);
        VagueNumbers = new Dictionary<string, int?>(d.VagueNumbers, StringComparer.OrdinalIgnoreCase);
        Months = new Dictionary<string, int>(d.Months, StringComparer.OrdinalIgnoreCase);
        Weekdays = new Dictionary<string, int>(d.Weekdays, StringComparer.OrdinalIgnoreCase);
        RelativeDays = new Dictionary<string, int>(d.RelativeDays, StringComparer.OrdinalIgnoreCase);
        RangeDays = new Dictionary<string, int>(d.RangeDays, StringComparer.OrdinalIgnoreCase);
        NightOf = d.NightOf;
        NumberWordPattern = PhrasePattern.Compile(d.NumberWords.Keys.Concat(d.VagueNumbers.Keys));
    }

    public string Language { get; }
    public string Version { get; }
    public Regex StrikeTriggers { get; }
    public Regex NonStrike { get; }
    public Regex Interception { get; }
    public Regex Attribution { get; }
    public Regex Denial { get; }
    public Regex Enemy { get; }
    public Regex PronounAttacker { get; }
    public Regex PlaceMarkers { get; }
    public IReadOnlySet<string> PlaceFillers { get; }
    public Regex Anaphora { get; }
    public Regex Continuation { get; }
    public Regex Civilian { get; }
    public Regex Killed { get; }
    public Regex Injured { get; }
    public Regex Negation { get; }
    public Regex StrikeNouns { get; }
    public Regex NumberWordPattern { get; }
    public IReadOnlyDictionary<string, int> NumberWords { get; }
    public IReadOnlyDictionary<string, int?> VagueNumbers { get; }
    public IReadOnlyDictionary<string, int> Months { get; }
    public IReadOnlyDictionary<string, int> Weekdays { get; }
    public IReadOnlyDictionary<string, int> RelativeDays { get; }
    public IReadOnlyDictionary<string, int> RangeDays { get; }
    public IReadOnlyList<string> NightOf { get; }
}
