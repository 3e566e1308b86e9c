using System.Text.RegularExpressions;
using Scraper.Extraction.Lexicons;
using Scraper.Geo;

namespace Scraper.Extraction;

/// <summary>
/// Which of the places a strike sentence names are where it struck: not a region that only locates a town, the
/// speaker's seat, the second town of "the road between", an opening frame ("In the Belgorod Region,"), or whom the
/// strike was "in support of".
/// </summary>
public sealed partial class StrikeClaimExtractor
{
    /// <summary>"في بلدة كنصفرة ... في ريف إدلب": a name the gazetteer lacks lies in the one region or country the sentence names.</summary>
    private static IReadOnlyList<PlaceMention> WithSentenceRegion(IReadOnlyList<PlaceMention> found)
    {
        var regions = found.Where(p => p.Entry is { Level: not PlaceLevel.Populated }).Select(p => p.Entry!).Concat(found.Where(p => p.Entry is null).Select(p => p.Region)).OfType<GazetteerEntry>().ToList();
        var countries = found.Select(p => p.Entry?.Country ?? p.Region?.Country).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var region = regions.Where(r => r.Level == PlaceLevel.Admin1).DistinctBy(r => (r.Country, r.Admin1)).ToList() is [var single] ? single
            : countries is [_] ? regions.FirstOrDefault(r => r.Level == PlaceLevel.Country) ?? found.FirstOrDefault(p => p.Entry is not null)?.Entry : null;
        // Not for a sibling joined to the region ("جنوب لبنان وسهل البقاع"): it lies beside it, not inside.
        var regionEnd = found.FirstOrDefault(p => p.Entry == region)?.End ?? -1;
        return region is null ? found : found.Select(p => p.Entry is null && p.Region is null && p.Start - regionEnd is not (>= 0 and <= 2) ? p with { Region = region } : p).ToList();
    }

    /// <summary>
    /// "The communities of Khotin, Krasnopillia ... came under fire, it said" in the Sumy administration's account: a
    /// village resolved to a namesake in another region is the one in the speaker's region (a spelling variant there),
    /// else an unlisted village of that region. Towns of rank and size keep their entry ("an attack on Kharkiv").
    /// </summary>
    private List<PlaceMention> InSpeakersRegion(List<PlaceMention> found, GazetteerEntry? region)
    {
        if (region is not { Level: PlaceLevel.Admin1, Admin1: { } admin1 })
        {
            return found;
        }

        // A namesake in the region wins for any town below a regional capital ("Zolochiv" in Kharkiv Oblast, not Lviv's);
        // without one, only a village is taken for an unlisted one of the region.
        return found.Select(p => p.Entry is { Level: PlaceLevel.Populated, FeatureCode: not ("PPLA" or "PPLC") } e && e.Country == region.Country && e.Admin1 != admin1
            ? data.Places.ResolveWithin(p.Written, [(region.Country, admin1)], PlaceContext.Empty) is { } there ? p with { Entry = there }
                : e.Population >= 20000 ? p : p with { Entry = null, Region = region }
            : p.Entry is null && (p.Region is null || (p.Region is { Level: PlaceLevel.Admin1 } r && r.Country == region.Country && r.Admin1 != admin1))
                // A village left unresolved while the text's other region was assumed may be the speaker's region's.
                ? data.Places.ResolveWithin(p.Written, [(region.Country, admin1)], PlaceContext.Empty) is { Level: PlaceLevel.Populated } own
                    ? p with { Entry = own, GeoPrecision = 1, Region = null } : p with { Region = region }
            : p).ToList();
    }

    /// <summary>
    /// The region the sentence's speaker speaks for, from the title, a region opening the sentence or the post they
    /// signed: its villages are looked up there, and a person named for another region is not this speaker.
    /// </summary>
    private (List<PlaceMention> Found, string? ClaimantName) PlacedForSpeaker(string text, IReadOnlyList<PlaceMention> all, List<PlaceMention> found,
        ActorEntry? claimant, string? claimantName, GazetteerEntry? speakerOblast, IReadOnlyList<AliasMatch<ActorEntry>> claimantActors, DocumentState state)
    {
        // "In Kherson Oblast, Russian attacks on Kherson, Bilozerka ... and Sadove, Governor Oleksandr Prokudin said":
        // the region opening the sentence holds its villages when the speaker's title names none, and is the speaker's
        // region for "according to Prokudin" after it. (A region named further on may lie beside them.)
        // "... 29 settlements in Sumy Oblast, with explosions in the Bilopillia, Krasnopillia ... communities, the regional
        // military administration reported": a regional authority not naming its region speaks for the one oblast named.
        var frame = speakerOblast is null && SentenceRegion(all) is { } named && all.First(p => p.Entry == named) is var mention
            && (RegionOpening().IsMatch(text.AsSpan(0, mention.Start)) || claimant is { Scope: "region" }) ? named
            // "drones damaged facilities in the Obukhiv and Fastiv districts, the regional military administration said":
            // towns of one oblast are that oblast's administration's.
            : speakerOblast is null && claimant is { Scope: "region" } && all.Count > 0 && all.All(p => p.Entry is { Level: PlaceLevel.Populated, Admin1: not null })
                && all.Select(p => (p.Entry!.Country, p.Entry.Admin1)).Distinct().ToList() is [var one] ? data.Places.Gazetteer.Admin1Region(one.Country, one.Admin1!) : null;
        if (frame is not null && claimant is { Scope: "region" })
        {
            state.SeatByActor[claimant.Id] = frame;
        }

        if (claimant is not null && claimantName is not null && (speakerOblast ?? frame) is { } spokenFor)
        {
            claimantName = PersonForRegion(claimant, claimantName, RegionSuffix().Replace(spokenFor.EnglishName, ""), state);
        }

        // A regional authority's own post or relayed account, not naming it again here, speaks for the region it signed.
        var relayedRegion = claimant is { Scope: "region" } && (claimant == state.Issuer || claimant == state.RelayClaimant) && !claimantActors.Any(a => a.Value == claimant)
            ? state.IssuerRegion : null;
        return (InSpeakersRegion(found, speakerOblast ?? frame ?? relayedRegion), claimantName);
    }

    /// <summary>
    /// "positions in Al-Hamdan area near Al-Bukamal city": a name GeoNames lacks, placed near a town it has, is that
    /// town's surroundings (where_prec 2), one place.
    /// </summary>
    private static List<PlaceMention> LocatedNearKnownPlace(string text, List<PlaceMention> found)
    {
        for (var k = found.Count - 1; k > 0; k--)
        {
            var (unknown, known) = (found[k - 1], found[k]);
            if (unknown.Entry is null && known.Entry is { Level: PlaceLevel.Populated } && known.Start > unknown.End
                && NearGap().IsMatch(text.AsSpan(unknown.End, known.Start - unknown.End)))
            {
                found[k - 1] = known with { Written = text[unknown.Start..known.End], Start = unknown.Start, GeoPrecision = 2 };
                found.RemoveAt(k);
            }
        }

        return found;
    }

    [GeneratedRegex(@"^\s+(?:(?:area|village|district|neighbou?rhood)\s+)?(?:near|outside|close\s+to)\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex NearGap();

    /// <summary>The one first-level region a sentence names ("In Sumy Oblast, ..."), if it names exactly one.</summary>
    private static GazetteerEntry? SentenceRegion(IReadOnlyList<PlaceMention> found) =>
        found.Select(p => p.Entry).Where(e => e is { Level: PlaceLevel.Admin1 }).DistinctBy(e => (e!.Country, e.Admin1)).ToList() is [var only] ? only : null;

    private static List<PlaceMention> FilterNested(IReadOnlyList<PlaceMention> found)
    {
        // A region or country that only locates a more specific place in the same sentence is context, not a claim.
        // An unlisted name locates nothing unless the text placed it in a region.
        var specific = found.Where(p => p.Entry is null or { Level: PlaceLevel.Populated }).Select(p => p.Entry ?? p.Region).OfType<GazetteerEntry>().ToList();
        // "the port of Umm al-Rashrash, the Houthis' name for ... Eilat": one place named twice is one claim, at its last
        // mention ("Білопільська громада: ... удар по Білопіллю": the heading's community, then the town).
        return found.Where((p, k) => p.Entry is null || (p.Entry.Level == PlaceLevel.Populated && !found.Skip(k + 1).Any(q => ReferenceEquals(q.Entry, p.Entry)))
            || !specific.Any(s => s.Country == p.Entry.Country && (p.Entry.Level == PlaceLevel.Country || s.Admin1 == p.Entry.Admin1))).ToList();
    }

    /// <summary>"the Health Ministry in Gaza said": where the speaker sits; "hit a hospital in Pokrovsk": where the strike was.</summary>
    /// <remarks>"taken to hospital in Rylsk" says where the wounded went, not where the strike was.</remarks>
    private static bool SpeakerRatherThanTarget(string text, AliasMatch<ActorEntry> actor, PlaceMention place, Match trigger, LanguageLexicon lex) =>
        !trigger.Success || actor.Start < trigger.Index || lex.Attribution.Match(text, place.End) is { Success: true } cue && cue.Index - place.End < 12
        || TakenToHospital().IsMatch(text.AsSpan(0, actor.Start));

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:(?:\s+(?:town|village|city|hills?|area|district|camp))?,?\s+in\s+(?:the\s+)?(?:[\p{Ll}-]+\s+)?(?:countryside\s+of\s+)?|(?:\s+(?:district|province|governorate|area))?,\s+(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+of\s+(?:the\s+)?(?:capital\s+|(?:city|town)\s+of\s+)?|\s+(?:area|district|neighbou?rhood|suburb)\s+of\s+|\s+(?:power\s+(?:station|plant)|(?:sea)?port|airport|(?:oil\s+)?refinery|air\s*base|airfield|crossing)\s+(?:(?:in|near)\s+(?:the\s+)?)?|\s+في\s+(?:(?:مدينة|محافظة|قضاء|ريف)\s+)?|\s+قرب\s+(?:مدينة\s+)?|,?\s+(?:(?:شمال|جنوب)(?:ي|\s+(?:شرقي|غربي))?|شرقي|غربي)\s+(?:(?:العاصمة|مدينة|بلدة)\s+)?|\s+ب(?:مدينة|محافظة|قضاء|ريف)\s+)$")]
    private static partial System.Text.RegularExpressions.Regex LocatingGap();

    [GeneratedRegex(@"\s(?:Airport|Air\s+Base|Airbase|Airfield|Port|Refinery)$")]
    private static partial Regex SiteName();

    [GeneratedRegex(@"^\s*,?\s*(?:near|outside|in)\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?$")]
    private static partial Regex SiteTownGap();

    [GeneratedRegex(@"^\s+(?:neighbou?rhood|quarter|suburb|district)\s+of\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex QuarterOf();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\)?\s+(?:in|في)\s+$")]
    private static partial System.Text.RegularExpressions.Regex ActorLocationGap();

    [GeneratedRegex(@"^\s*(?:(?:over|during|on|at)\s[^,]{0,30}?\s)?in\s+the\s+$|^\s*و?في\s+(?:ريف\s+)?(?:مدينة\s+|محافظة\s+|منطقة\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex FrameBefore();

    [GeneratedRegex(@"\G(?:\s+(?:area|region|oblast|province|direction|sector)\s*,|\s*(?:\([^)]{1,30}\)\s*)?،)", RegexOptions.IgnoreCase)]
    private static partial Regex FrameAfter();

    [GeneratedRegex(@"(?:(?<![\p{L}])(?:دعم[اًٌٍ]*|تضامن[اًٌٍ]*|نصرة|إسناد[اًٌٍ]*|المساند|المساندة)|\b(?:in\s+)?(?:support|solidarity)\s+(?:of|with|for))\s+(?:[\p{L}\p{M}'’]+\s+){0,4}$", RegexOptions.IgnoreCase)]
    private static partial Regex SupportBefore();

    // Right to left: tried once per place, over the text before it.
    [GeneratedRegex(@"\b(?:talks|negotiations|summit|met|meet|meeting|held)\s+(?:[\p{L}'’]+\s+){0,3}?in\s+(?:the\s+)?$", RegexOptions.RightToLeft)]
    private static partial Regex TalksVenueBefore();

    [GeneratedRegex(@"\s(?:Gov|Governor|Mayor|Gen|Lt|Col|Maj)\.?$")]
    private static partial Regex TitleAfterName();

    [GeneratedRegex(@"(?<![\p{L}\p{M}])(?:هجوما|قصفا|عدوانا|هجوماً|قصفاً|عدواناً)\s+$", RegexOptions.RightToLeft)]
    private static partial Regex AttackNounBefore();

    /// <summary>
    /// "conducted air strikes in northern Iraq. ... occupying buildings west of Tuz Khurma": after a strike placed only in a
    /// region or country, the next sentences (up to two, before another strike) name the towns; returns them and where
    /// the evidence ends, or null.
    /// </summary>
    private (List<PlaceMention> Towns, int EvidenceEnd)? TownsNamedNext(IReadOnlyList<Sentence> sentences, int i, List<PlaceMention> coarse, PlaceContext context, DocumentState state)
    {
        var countries = coarse.Select(p => p.Entry!.Country).ToHashSet();
        for (var j = i + 1; j < Math.Min(sentences.Count, i + 3); j++)
        {
            if (state.Lex.StrikeTriggers.IsMatch(sentences[j].Text))
            {
                return null;
            }

            var listed = FilterNested(places.Find(sentences[j].Text, state.Lex, context, state.Language)).Where(p => !NamedOfficialSurname(p, state)).ToList();
            var towns = listed.Where(p => p.Entry is { Level: PlaceLevel.Populated } && countries.Contains(p.Entry.Country)).ToList();
            if (towns.Count > 0)
            {
                // Villages GeoNames lacks in the same list ("Станіслав, Кізомис, Тягинка") lie in the region said before.
                var region = coarse.Select(p => p.Entry).FirstOrDefault(e => e is { Level: PlaceLevel.Admin1 });
                return (listed.Where(p => towns.Contains(p) || (p.Entry is null && towns[0].Start < p.Start && p.End < towns[^1].End))
                    .Select(p => p.Entry is null && p.Region is null ? p with { Region = region } : p).ToList(), sentences[j].End);
            }
        }

        return null;
    }

    /// <summary>
    /// "In Deir Ezzor, Israeli missiles targeted a headquarters in Al-Mayadin city and ...": a province (or its seat, which
    /// shares its name) opening the sentence frames the towns of that province named after it.
    /// </summary>
    private static bool FramingProvinceSeat(string text, List<PlaceMention> found, int k) =>
        k < found.Count - 1 && found[k].Entry is { } frame && (frame.Level == PlaceLevel.Admin1 || frame.FeatureCode is "PPLA" or "PPLC")
        && OpeningIn().IsMatch(text.AsSpan(0, found[k].Start)) && text.AsSpan(found[k].End).TrimStart().StartsWith(",")
        && found.Skip(k + 1).Any(o => o.Entry is { Level: PlaceLevel.Populated, FeatureCode: not "PPLX" } e && e != frame && e.Country == frame.Country && e.Admin1 == frame.Admin1);

    [GeneratedRegex(@"^\s*In\s+$")]
    private static partial Regex OpeningIn();

    /// <summary>"Позднее Гусев уточнил", "– написав Лисак": an official met again by surname is no town.</summary>
    private static bool NamedOfficialSurname(PlaceMention p, DocumentState state) =>
        state.NamedOfficials.Any(n => p.Written.StartsWith(n.SurnameStem, StringComparison.Ordinal));

    /// <summary>
    /// "... near the occupied town of Vasylivka. Dnipro, a city of about 1 million people, has been a frequent target. On
    /// Jan. 14, 2023, a missile destroyed a block in the city": a sentence after the last claim that names one town is
    /// what "the city" goes back to.
    /// </summary>
    private PlaceMention? AntecedentBefore(IReadOnlyList<Sentence> sentences, int i, DocumentState state, PlaceContext context)
    {
        if (i == 0 || state.LastPlaceSentence >= i - 1)
        {
            return null;
        }

        var named = FilterNested(places.Find(sentences[i - 1].Text, state.Lex, context, state.Language))
            .Where(p => p.Entry is { Level: PlaceLevel.Populated }).ToList();
        return named.Count > 0 ? (named.All(p => p.Entry == named[0].Entry) ? named[0] : null) : places.TownDescribed(sentences[i - 1].Text, context);
    }

    private static string SeatWord(string anaphora) => anaphora.Contains("region", StringComparison.OrdinalIgnoreCase) ? "region" : "city";

    [GeneratedRegex(@"\bthe\s+(?:city|town|region|oblast)(?:['’]s\s+[\p{L}\s]{0,30}?(?:outskirts|district|centre|center))?\b", RegexOptions.IgnoreCase)]
    private static partial Regex SeatAnaphora();

    [GeneratedRegex(@"(?:(?:إلى|الى)\s+(?:مستشفى|مستشفيات)(?:\s+[\u0621-\u064A]+){0,3}\s+(?:في|ب)\s*|\b(?:taken|rushed|admitted|brought|transported|evacuated)\s+to\s+(?:a\s+|the\s+)?hospitals?\s+in\s+)$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex HospitalBefore();

    [GeneratedRegex(@"\b(?:taken|rushed|admitted|brought|transported|evacuated|hospitali[sz]ed)\s+(?:to\s+)?(?:a\s+|the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex TakenToHospital();

    [GeneratedRegex(@"(?:\b(?:road|highway|route)\s+between\s+|(?:الطريق|طريق)\s+(?:الواصل\s+|الرابط\s+)?بين\s+(?:قريتي\s+|بلدتي\s+|مدينتي\s+)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex BetweenBefore();

    [GeneratedRegex(@"^\s+(?:(?:and|и|і|та)\s+|و)$")]
    private static partial Regex AndGap();

    [GeneratedRegex(@"^\s*(?:In|На|В|У|Во)\s+(?:the\s+)?$")]
    private static partial Regex RegionOpening();
}
