namespace Scraper.Extraction.Lexicons;

/// <summary>data/lexicons/{lang}.json as written (schema: lexicon.schema.json). Phrases use <see cref="PhrasePattern"/> syntax.</summary>
internal sealed record LanguageLexiconData(
    string Version,
    string Language,
    IReadOnlyList<string> StrikeTriggers,
    IReadOnlyList<string> NonStrikePhrases,
    IReadOnlyList<string> InterceptionCues,
    IReadOnlyList<string> AttributionCues,
    IReadOnlyList<string> DenialCues,
    IReadOnlyList<string> EnemyWords,
    IReadOnlyList<string> PronounAttackers,
    IReadOnlyList<string> PlaceMarkers,
    IReadOnlyList<string> PlaceFillers,
    IReadOnlyList<string> Anaphora,
    IReadOnlyList<string> ContinuationCues,
    IReadOnlyList<string> CivilianCues,
    IReadOnlyList<string> KilledCues,
    IReadOnlyList<string> InjuredCues,
    IReadOnlyList<string> NegationCues,
    IReadOnlyList<string> StrikeNouns,
    IReadOnlyDictionary<string, int> NumberWords,
    IReadOnlyDictionary<string, int?> VagueNumbers,
    IReadOnlyDictionary<string, int> Months,
    IReadOnlyDictionary<string, int> Weekdays,
    IReadOnlyDictionary<string, int> RelativeDays,
    IReadOnlyDictionary<string, int> RangeDays,
    IReadOnlyList<string> NightOf);
