using System.Text.RegularExpressions;
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
            Language = language, Lex = lex, Input = input, ActorsBySentence = new IReadOnlyList<AliasMatch<ActorEntry>>?[sentences.Count],
        };
        FindIssuer(input, sentences, state);
        var context = DocumentContext(input.Text, language, state);
        var claims = new List<StrikeClaim>();
        for (var i = 0; i < sentences.Count; i++)
        {
            var before = claims.Count;
            state.Current = i;
            claims.AddRange(ExtractSentence(sentences, i, state, context));
            if (claims.Count == before && i > 0 && claims.Count > 0)
            {
                AddFollowUpCasualties(claims, sentences[i], input.Text, lex);
                AddFollowUpDate(claims, sentences[i], input.Text, lex, input.Published);
            }
        }

        return WithOfficeHolders(DocumentCleanup.Apply(claims), input.Published, input.Text);
    }

    private IEnumerable<StrikeClaim> ExtractSentence(IReadOnlyList<Sentence> sentences, int i, DocumentState state, PlaceContext context)
    {
        var sentence = sentences[i];
        var text = sentence.Text;
        var lex = state.Lex;
        var masked = lex.NonStrike.Replace(text, m => new string(' ', m.Length));
        var trigger = FirstStrikeTrigger(masked, lex);
        trigger = ListedUnderStrikeIntro(sentences, i, trigger, state);
        var countryWide = false;
        // "struck ... overnight, including launchers it had operated in recent weeks": a strike dated before the cue is no tally.
        // "It said an airstrike in Tyre had killed a commander, but did not comment on the civilian toll": a cue in a
        // clause after the strike speaks of something else, as does "..., adding that the sites had been used since last year".
        var notAClaim = (lex.NonClaim.Match(text) is { Success: true } nonClaim
                && !(trigger.Success && trigger.Index < nonClaim.Index && ButClause().IsMatch(text.AsSpan(trigger.Index, nonClaim.Index - trigger.Index))))
            || (lex.Habitual.Match(text) is { Success: true } habitual && RelativeDateResolver.Find(text[..habitual.Index], lex, state.Input.Published) is null
                && !(trigger.Success && trigger.Index < habitual.Index && AsideClause().IsMatch(text.AsSpan(trigger.Index, habitual.Index - trigger.Index))));
        var intercepted = Intercepts(text, trigger, lex);
        if ((!trigger.Success || intercepted) && !notAClaim && CountryWideLaunch(text, masked, ActorsIn(sentences, i, state), state) is { } launch)
        {
            trigger = launch;
            countryWide = true;
        }

        if (!countryWide && (!trigger.Success || intercepted || notAClaim))
        {
            // A date stated before the strike sentences ("минулої доби ... ." then the lists) still dates them.
            if (RelativeDateResolver.Find(text, lex, state.Input.Published) is { } stated)
            {
                state.LastDate = stated;
            }

            // "Об этом сообщил представитель Минобороны ..." with no strike of its own: the next "По его словам" is theirs.
            // Actors are already known per sentence (the issuer search); the cue is looked for only when one is there.
            var speaker = ActorsIn(sentences, i, state).Where(a => a.Value.CanClaim && a.Value.Type is not ("generic" or "media")).MaxBy(a => TypeRank(a.Value));
            speaker = speaker is not null && lex.Attribution.IsMatch(text) ? speaker : null;
            state.PreviousWasAttributed = speaker is not null;
            if (speaker is not null)
            {
                state.LastClaimant = speaker.Value;
                // How they are named here is how the next sentences of their account name them.
                _ = ClaimantName(speaker.Value, ActorsIn(sentences, i, state), text, state);
                _ = SpeakerRegion(speaker.Value, ActorsIn(sentences, i, state), text, state);
            }

            RememberOfficials(ActorsIn(sentences, i, state), text, state);
            return [];
        }

        var actors = ActorsIn(sentences, i, state);
        var date = RelativeDateResolver.Find(text, lex, state.Input.Published);
        var all = countryWide ? [] : WithSentenceRegion(places.Find(text, lex, context, state.Language));
        var found = FilterNested(all);
        // "the Metina, Gara and Hakurk regions of northern Iraq", "the towns of Douris and Shmustar" next to Baalbek: a
        // name GeoNames lacks lies in the one country the sentence's other places lie in.
        var sentenceCountry = all.Select(p => p.Entry?.Country).OfType<string>().Distinct(StringComparer.Ordinal).ToList() is [var only] ? only : null;
        // "the towns of A and B in northern Hama": Hama only locates them; "the Health Ministry in Gaza said": Gaza
        // describes who speaks.
        // "the road between Nabatieh and Kfar Roummane": the second town only says which road; "the Hezyaz power
        // station south of Sanaa": the city only says where the site is.
        // "in the Zeitoun neighborhood of Gaza City": a city's quarter is reported as the city.
        found = found.Where((p, k) => !(k + 1 < found.Count && found[k + 1].Entry is { Level: PlaceLevel.Populated, Population: >= 100_000 }
            && QuarterOf().IsMatch(text.AsSpan(p.End, Math.Max(0, found[k + 1].Start - p.End))))).ToList();
        found = found.Where((p, k) => !(k > 0 && found[k - 1].Entry is null or { Level: PlaceLevel.Populated } && !actors.Any(a => a.Start < found[k - 1].End && found[k - 1].Start < a.End) && LocatingGap().IsMatch(text.AsSpan(found[k - 1].End, Math.Max(0, p.Start - found[k - 1].End))))
            // "Ben Gurion Airport near Tel Aviv": a named site's town only says where the site is.
            && !(k > 0 && SiteName().IsMatch(found[k - 1].Written) && SiteTownGap().IsMatch(text.AsSpan(found[k - 1].End, Math.Max(0, p.Start - found[k - 1].End))))
            && !(k > 0 && BetweenBefore().IsMatch(text.AsSpan(0, found[k - 1].Start)) && AndGap().IsMatch(text.AsSpan(found[k - 1].End, Math.Max(0, p.Start - found[k - 1].End))))
            // "Позднее Гусев уточнил": an official met again by surname is no town Gusev.
            && !NamedOfficialSurname(p, state)
            // "دعماً لشعبنا الفلسطيني في قطاع غزة", "in support of Palestinians in Gaza": for whom, not where.
            && !SupportBefore().IsMatch(text.AsSpan(0, p.Start))
            // "هجوما روسيا بالمسيرات": after a masculine noun in the accusative the country's name is its adjective (a Russian attack).
            && !(p.Entry is { Level: PlaceLevel.Country } && AttackNounBefore().IsMatch(text.AsSpan(0, p.Start)))
            // "in the village of Tetkino, Kursk Gov. Alexander Khinshtein said": a seat before a title is no place struck.
            && !TitleAfterName().IsMatch(p.Written)
            // "talks ... held in Istanbul", "officials met in Saudi Arabia": where diplomats met.
            && !TalksVenueBefore().IsMatch(text.AsSpan(0, p.Start))
            // "In the Belgorod Region, a drone struck a car in the village of X": the opening area frames the places after it.
            && !(k < found.Count - 1 && FrameBefore().IsMatch(text.AsSpan(0, p.Start)) && (FrameAfter().Match(text, p.End) is { Success: true } || (RegionSuffix().IsMatch(p.Written) && text.AsSpan(p.End).TrimStart().StartsWith(","))))
            && !FramingProvinceSeat(text, found, k)
            && !actors.Any(a => (a.End <= p.Start && ActorLocationGap().IsMatch(text.AsSpan(a.End, p.Start - a.End)) && SpeakerRatherThanTarget(text, a, p, trigger, lex))
                || (a.Value.Type != "state" && a.Start <= p.Start && a.End >= p.End))).ToList();
        found = LocatedNearKnownPlace(text, found);
        // "نقلتهما فرق الإسعاف إلى مستشفى صلاح غندور في بنت جبيل", "taken to a hospital in Rylsk": where the wounded went.
        found = found.Count > 1 ? found.Where(p => !HospitalBefore().IsMatch(text.AsSpan(0, p.Start))).ToList() : found;
        if (lex.OtherEvent.Match(masked, trigger.Index + trigger.Length) is { Success: true } other && !lex.StrikeTriggers.Match(masked, other.Index).Success)
        {
            // "struck airfields ... and captured the village of X": X belongs to the capture, not the strike.
            found = found.Where(p => p.Start < other.Index).ToList();
        }

        if (lex.Response.Match(masked, trigger.Index + trigger.Length) is { Success: true } response)
        {
            // "struck Hezbollah sites in Khiam in response to rocket fire on Metula": Metula is where the answered attack was.
            found = found.Where(p => p.Start < response.Index).ToList();
        }

        var evidenceEnd = sentence.End;
        if (found.Count == 0 && SeatAnaphora().Match(text) is { Success: true } seatWord
            && actors.FirstOrDefault(a => a.Value.Type == "official" && a.Value.Scope is "city" or "region") is { } official
            && places.SeatOfOfficial(text, official.Start, official.End, SeatWord(seatWord.Value), context) is { } seat)
        {
            // "Kharkiv Mayor Ihor Terekhov said the city had come under 15 strikes": the city is the mayor's.
            found = [new PlaceMention(seatWord.Value, seatWord.Index, seatWord.Index + seatWord.Length, seat, seat.Level == PlaceLevel.Populated ? 1 : 4, true, FromContext: true)];
        }

        if (found.Count == 0 && lex.Anaphora.Match(text) is { Success: true } ana && (AntecedentBefore(sentences, i, state, context) ?? state.LastPlace) is { } last)
        {
            found = [last with { Written = ana.Value, Start = ana.Index, End = ana.Index + ana.Length, FromContext = true }];
        }

        if (found.Count > 0 && found.All(p => p.Entry is { Level: not PlaceLevel.Populated }) && TownsNamedNext(sentences, i, found, context, state) is var (towns, end))
        {
            (found, evidenceEnd) = (towns, end);
        }

        var (claimantText, claimantActors) = SpeakerSentence(sentences, i, evidenceEnd, actors, state);
        var claimant = ResolveClaimant(claimantText, claimantActors, state, date);
        var attacker = ResolveAttacker(text, trigger.Index, actors, claimant, state, found);
        if (found.Count == 0 && CountryStruck(text, trigger.Index, actors, attacker, state.Language) is { } country)
        {
            // "Russia launched 112 drones at Ukraine": a claim on the country as a whole.
            found = [country];
            attacker ??= data.Lexicons.EnemyByCountry.GetValueOrDefault(country.Entry!.Country);
        }

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
            // "Russian forces attacked Nikopol district ..., Serhii Lysak, Head of ... has reported": the next sentences name him.
            RememberOfficials(claimantActors, claimantText, state);
            if (claimant is not null)
            {
                _ = ClaimantName(claimant, claimantActors, claimantText, state);
                _ = SpeakerRegion(claimant, claimantActors, claimantText, state);
            }

            return [];
        }

        state.LastPlace = found[^1];
        state.LastPlaceSentence = i;
        var sides = StrikesOfEachSide(text, actors, state);
        // "Russia launched 19 missiles ... at the Poltava and Kharkiv regions, ..., while Kyiv said its own drones had struck
        // a refinery": a strike told after a place does not take that place from the side named before it as the subject.
        var attackerAt = state.AttackerAt;
        var attackers = found.Select(p => sides?.LastOrDefault(s => s.Start < p.Start).Attacker
            ?? (attackerAt > p.End ? SubjectBefore(text, p.Start, actors, lex) : null)
            ?? ContrastedSubjectBefore(text, p.Start, actors, lex)
            ?? attacker).ToList();
        foreach (var (p, a) in found.Zip(attackers).Where(x => x.First.Entry is not null && x.Second is not null))
        {
            state.AttackerByCountry[p.Entry!.Country] = a!;
        }

        var denial = lex.Denial.IsMatch(text);
        string Stance(string? a) => denial ? "denial" : claimant is not null && a is not null && claimant.Sides.Contains(a) ? "claim" : "report";
        var counts = CountReader.Read(text, lex, found.Count);
        var perPlace = found.Count > 1 ? CountReader.StrikesPerPlace(text, lex, found.Select(p => (p.Start, p.End)).ToList()) : [counts.Strikes];
        var evidence = state.Input.Text[sentence.Start..evidenceEnd];
        var claimantName = claimant is null ? null : ClaimantName(claimant, claimantActors, claimantText, state);
        var speakerOblast = claimant is null ? null : SpeakerRegion(claimant, claimantActors, claimantText, state);
        (found, claimantName) = PlacedForSpeaker(text, all, found, claimant, claimantName, speakerOblast, claimantActors, state);
        // Sentence-level fields are the same for every place: read them once.
        var targetGroup = TargetReader.Group(text, data.Lexicons.Groups, lex, attacker, actors.Where(a => a.Value.CanClaim && a.Value.Type != "armed_group").Select(a => (a.Start, a.End)),
            actors.Where(a => a.Value.Attacker is { } side && side == attacker).Select(a => (a.Start, a.End)));
        var targetType = data.Lexicons.TargetTypes.Matches(text).FirstOrDefault()?.Value.Name;
        // "struck depots near A, B and C": the target is what stands before the first place of the list, for each place.
        var afterTrigger = trigger.Index + trigger.Length;
        var target = TargetReader.Target(text, afterTrigger, found.Where(f => f.Start >= afterTrigger).Select(f => f.Start).DefaultIfEmpty(-1).Min());
        var casualtyCategory = counts.Killed.Low is null && counts.Injured.Low is null ? null : CasualtyCategory(text, lex);
        var weapon = data.Lexicons.Weapons.Matches(text).FirstOrDefault()?.Text;
        return found.Select((p, index) =>
        {
            var seat = claimant is null ? null : LocalSeat(claimant, p, speakerOblast, state);
            return new StrikeClaim
            {
                Claimant = claimant is null ? "unattributed" : seat is null ? claimantName : seat + " " + claimantName,
                ClaimantSeat = claimant?.Scope is not null ? seat : null,
                ClaimantTitle = claimant?.Scope == "region" ? claimantName : null,
                ClaimantOffice = claimant?.Scope is not null ? claimant.Id : null,
                ClaimantType = claimant is null ? "media" : ClaimantType(claimant),
                ClaimantCollective = claimant?.Collective ?? false,
                Attacker = attackers[index],
                Target = target,
                TargetType = targetType,
                TargetGroup = targetGroup,
                Place = p.Written,
                PlaceNormalized = p.Entry?.EnglishName ?? NormalizedUnlisted(p.Written),
                PlaceFromContext = p.FromContext,
                FromHeadline = InHeadline(state.Input.Text, sentences, i),
                Country = p.Entry is { Level: PlaceLevel.Water } ? null : p.Entry?.Country ?? p.Region?.Country ?? sentenceCountry ?? SingleCountry(context),
                Admin1 = p.Entry?.Admin1 ?? (p.Region is { Level: not PlaceLevel.Country } r ? r.Admin1 : null),
                Lat = p.Entry?.Lat,
                Lon = p.Entry?.Lon,
                GeonamesId = p.Entry?.GeonamesId,
                GeoPrecision = p.GeoPrecision,
                EventDate = date?.StartText,
                EventDateEnd = date?.EndText,
                DatePrecision = date?.Precision,
                StrikeCount = perPlace[index],
                SortieCount = counts.Sorties,
                TargetCount = counts.Targets,
                Killed = counts.Killed.Low,
                KilledHigh = counts.Killed.High,
                Injured = counts.Injured.Low,
                InjuredHigh = counts.Injured.High,
                CasualtyCategory = casualtyCategory,
                Weapon = weapon,
                Stance = Stance(attackers[index]),
                Evidence = evidence,
                EvidenceStart = sentence.Start,
                EvidenceEnd = evidenceEnd,
                Language = state.Language,
                Confidence = Confidence(p, claimant, attackers[index], date),
                ExtractorVersion = Version,
            };
        }).ToList();
    }

    /// <summary>A name not in the gazetteer in Latin letters; Arabic script romanises to a bare consonant skeleton, so it stays as written.</summary>
    private static string? NormalizedUnlisted(string written) =>
        Geo.NameFolding.IsAscii(written) ? written : written.Any(c => c is >= '\u0600' and <= '\u06FF') ? null : AnyAscii.Transliteration.Transliterate(written);

    private static double Confidence(PlaceMention p, ActorEntry? claimant, string? attacker, DateMention? date) =>
        Math.Round(0.4 + (p.Entry is null ? 0 : 0.2) + (claimant is null ? 0 : 0.15) + (attacker is null ? 0 : 0.15) + (date is null ? 0 : 0.1), 2);

    private static string? SingleCountry(PlaceContext context) => context.Countries.Count == 1 ? context.Countries.First() : null;

    [GeneratedRegex(@",\s*(?:adding|saying|noting|and\s+added)\b|,\s*(?:добавив|отметив|подчеркнув|додавши|зазначивши|наголосивши)(?!\p{L})|،\s*(?:مضيف|مشير)", RegexOptions.IgnoreCase)]
    private static partial Regex AsideClause();

    [GeneratedRegex(@"(?:,\s*but|\bbut\s|,\s*(?:но|але|однак|однако)\s|\sلكن)", RegexOptions.IgnoreCase)]
    private static partial Regex ButClause();

    [GeneratedRegex(@"\s+(?:Oblast|Governorate|Province|Region|Republic|Krai|District)$")]
    private static partial Regex RegionSuffix();
}
