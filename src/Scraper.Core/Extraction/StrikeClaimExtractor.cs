using System.Globalization;
using Scraper.Extraction.Lexicons;
using Scraper.Geo;

namespace Scraper.Extraction;

/// <summary>
/// Multilingual strike-claim extractor: sentences → strike mentions (lexicon triggers, interceptions
/// excluded) → places, date, counts, claimant, attacker, target group, weapon → one claim per place,
/// then document-level clean-up (country totals broken down elsewhere, repeated headlines). Pure:
/// data files are loaded once by <see cref="ExtractionData"/>. Rules: docs/codebook.md.
/// </summary>
public sealed partial class StrikeClaimExtractor(ExtractionData data) : IClaimExtractor
{
    private readonly PlaceFinder places = new(data.Places, data.Lexicons);
    private readonly string version = "strike-1.0+" + data.Lexicons.Version;

    public StrikeClaimExtractor()
        : this(ExtractionData.Default)
    {
    }

    public string Version => version;

    public IReadOnlyList<StrikeClaim> Extract(ExtractionInput input)
    {
        var language = input.Language is "en" or "ru" or "uk" or "ar" ? input.Language : LanguageDetector.Detect(input.Text);
        var lex = data.Lexicons.For(language);
        var sentences = SentenceSplitter.Split(input.Text);
        var state = new DocumentState
        {
            Language = language, Lex = lex, Input = input, HasEnemyWords = lex.Enemy.IsMatch(input.Text), ActorsBySentence = new IReadOnlyList<AliasMatch<ActorEntry>>?[sentences.Count],
        };
        FindIssuer(input, sentences, state);
        var context = DocumentContext(input.Text, language);
        var claims = new List<StrikeClaim>();
        for (var i = 0; i < sentences.Count; i++)
        {
            claims.AddRange(ExtractSentence(sentences, i, state, context));
        }

        return DocumentCleanup.Apply(claims);
    }

    private IEnumerable<StrikeClaim> ExtractSentence(IReadOnlyList<Sentence> sentences, int i, DocumentState state, PlaceContext context)
    {
        var sentence = sentences[i];
        var text = sentence.Text;
        var lex = state.Lex;
        var masked = lex.NonStrike.Replace(text, m => new string(' ', m.Length));
        var trigger = lex.StrikeTriggers.Match(masked);
        if (!trigger.Success || lex.Interception.IsMatch(text))
        {
            // A date stated before the strike sentences ("минулої доби ... ." then the lists) still dates them.
            if (RelativeDateResolver.Find(text, lex, state.Input.Published) is { } stated)
            {
                state.LastDate = stated;
            }

            state.PreviousWasAttributed = false;
            return [];
        }

        var actors = ActorsIn(sentences, i, state);
        var date = RelativeDateResolver.Find(text, lex, state.Input.Published);
        var found = FilterNested(places.Find(text, lex, context, state.Language));
        var evidenceEnd = sentence.End;
        if (found.Count == 0 && lex.Anaphora.Match(text) is { Success: true } ana && state.LastPlace is { } last)
        {
            found = [last with { Written = ana.Value, Start = ana.Index, End = ana.Index + ana.Length, FromContext = true }];
        }

        if (found.Count > 0 && found.All(p => p.Entry is { Level: not PlaceLevel.Populated }))
        {
            // "conducted air strikes in northern Iraq. ... occupying buildings west of Tuz Khurma": the next sentences say where.
            var coarse = found.Select(p => p.Entry!.Country).ToHashSet();
            for (var j = i + 1; j < Math.Min(sentences.Count, i + 3); j++)
            {
                if (lex.StrikeTriggers.IsMatch(sentences[j].Text))
                {
                    break;
                }

                var more = FilterNested(places.Find(sentences[j].Text, lex, context, state.Language)).Where(p => p.Entry is { Level: PlaceLevel.Populated } && (coarse.Count == 0 || coarse.Contains(p.Entry.Country))).ToList();
                if (more.Count > 0)
                {
                    found = more;
                    evidenceEnd = sentences[j].End;
                    break;
                }
            }
        }

        var claimant = ResolveClaimant(text, actors, state);
        var attacker = ResolveAttacker(text, trigger.Index, actors, claimant, state, found);
        if (date is not null)
        {
            state.LastDate = date;
        }
        else
        {
            date = state.LastDate;
        }

        if (found.Count == 0)
        {
            return [];
        }

        state.LastPlace = found[^1];
        if (attacker is not null)
        {
            foreach (var p in found.Where(p => p.Entry is not null))
            {
                state.AttackerByCountry[p.Entry!.Country] = attacker;
            }
        }

        var stance = lex.Denial.IsMatch(text) ? "denial"
            : claimant is not null && attacker is not null && claimant.Sides.Contains(attacker) ? "claim" : "report";
        var counts = CountReader.Read(text, lex, found.Count);
        var evidence = state.Input.Text[sentence.Start..evidenceEnd];
        // Sentence-level fields are the same for every place: read them once.
        var targetGroup = TargetReader.Group(text, data.Lexicons.Groups, lex, attacker);
        var casualtyCategory = counts.Killed is null && counts.Injured is null ? null : lex.Civilian.IsMatch(text) ? "civilian" : "unknown";
        var weapon = data.Lexicons.Weapons.Matches(text).FirstOrDefault()?.Text;
        var eventDate = date?.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var eventDateEnd = date?.End?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return found.Select(p => new StrikeClaim
        {
            Claimant = claimant is null ? "unattributed" : ClaimantName(claimant, actors),
            ClaimantType = claimant is null ? "media" : ClaimantType(claimant),
            Attacker = attacker,
            Target = TargetReader.Target(text, trigger.Index + trigger.Length, p.Start),
            TargetGroup = targetGroup,
            Place = p.Written,
            PlaceNormalized = p.Entry?.EnglishName ?? (Geo.NameFolding.IsAscii(p.Written) ? p.Written : AnyAscii.Transliteration.Transliterate(p.Written)),
            PlaceFromContext = p.FromContext,
            FromHeadline = i == 0 && sentences.Count > 1 && sentences[1].Start > sentence.End && !text.EndsWith('.'),
            Country = p.Entry?.Country ?? p.Region?.Country ?? SingleCountry(context),
            Admin1 = p.Entry?.Admin1 ?? p.Region?.Admin1,
            Lat = p.Entry?.Lat,
            Lon = p.Entry?.Lon,
            GeonamesId = p.Entry?.GeonamesId,
            GeoPrecision = p.GeoPrecision,
            EventDate = eventDate,
            EventDateEnd = eventDateEnd,
            DatePrecision = date is null ? null : date.IsRange ? 2 : 1,
            StrikeCount = counts.Strikes,
            Killed = counts.Killed,
            KilledHigh = counts.Killed,
            Injured = counts.Injured,
            InjuredHigh = counts.Injured,
            CasualtyCategory = casualtyCategory,
            Weapon = weapon,
            Stance = stance,
            Evidence = evidence,
            EvidenceStart = sentence.Start,
            EvidenceEnd = evidenceEnd,
            Language = state.Language,
            Confidence = Confidence(p, claimant, attacker, date),
            ExtractorVersion = Version,
        }).ToList();
    }

    private static List<PlaceMention> FilterNested(IReadOnlyList<PlaceMention> found)
    {
        // A region or country that only locates a more specific place in the same sentence is context, not a claim.
        var specific = found.Where(p => p.Entry is null or { Level: PlaceLevel.Populated }).ToList();
        return found.Where(p => p.Entry is null || p.Entry.Level == PlaceLevel.Populated
            || !specific.Any(s => s.Entry is null || (s.Entry.Country == p.Entry.Country && (p.Entry.Level == PlaceLevel.Country || s.Entry.Admin1 == p.Entry.Admin1)))).ToList();
    }

    private static double Confidence(PlaceMention p, ActorEntry? claimant, string? attacker, DateMention? date) =>
        Math.Round(0.4 + (p.Entry is null ? 0 : 0.2) + (claimant is null ? 0 : 0.15) + (attacker is null ? 0 : 0.15) + (date is null ? 0 : 0.1), 2);

    private static string? SingleCountry(PlaceContext context) => context.Countries.Count == 1 ? context.Countries.First() : null;
}
