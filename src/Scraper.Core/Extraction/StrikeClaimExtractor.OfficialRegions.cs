using Scraper.Extraction.Lexicons;
using Scraper.Geo;

namespace Scraper.Extraction;

/// <summary>The region a regional official speaks for: as a sentence names it, as their post implies, or as they were named before.</summary>
public sealed partial class StrikeClaimExtractor
{
    /// <summary>
    /// The one oblast an unsigned post is about, of the country whose language it is written in: a Ukrainian post about
    /// "Новоросійську Краснодарського краю" is the General Staff's, not Krasnodar's governor's.
    /// </summary>
    private GazetteerEntry? OblastOfPost(string text, DocumentState state) =>
        (places.OblastsNamedIn(text, PlaceContext.Empty).DistinctBy(e => (e.Country, e.Admin1)).ToList() is [var stated] ? stated : RussianOblastOfTowns(text, state))
            is { } oblast && oblast.Country == (state.Language == "uk" ? "UA" : "RU") ? oblast : null;

    /// <summary>
    /// "Шебекинский округ. В селе Новая Таволжанка ...": a post naming only its towns is about the oblast nearly all of them
    /// lie in (three at least, three in four; a namesake elsewhere may be among them).
    /// </summary>
    private GazetteerEntry? OblastOfTownsListed(IReadOnlyList<Sentence> sentences, DocumentState state)
    {
        var country = state.Language == "uk" ? "UA" : "RU";
        var regions = sentences.SelectMany(s => places.Find(s.Text, state.Lex, PlaceContext.Empty, state.Language)).Select(p => p.Entry)
            .Where(e => e is { Level: PlaceLevel.Populated, Admin1: not null } && e.Country == country).Select(e => e!.Admin1!).ToList();
        var top = regions.GroupBy(r => r, StringComparer.Ordinal).MaxBy(g => g.Count());
        return top is not null && top.Count() >= 3 && top.Count() * 4 >= regions.Count * 3 ? data.Places.Gazetteer.Admin1Region(country, top.Key) : null;
    }

    private GazetteerEntry? RussianOblastOfTowns(string text, DocumentState state)
    {
        if (state.Language != "ru")
        {
            return null;
        }

        var regions = places.Find(text, state.Lex, PlaceContext.Empty, state.Language).Select(p => p.Entry).OfType<GazetteerEntry>()
            .Where(e => e.Admin1 is not null).Select(e => (e.Country, Admin1: e.Admin1!)).Distinct().ToList();
        return regions is [("RU", var admin1)] ? data.Places.Gazetteer.Admin1Region("RU", admin1) : null;
    }

    /// <summary>
    /// The region a regional official speaks for as this sentence names it ("сообщил губернатор Курской области", "the Sumy
    /// regional military administration said"), else as they were named when last met (for "it said"), else null.
    /// </summary>
    private GazetteerEntry? SpeakerRegion(ActorEntry speaker, IReadOnlyList<AliasMatch<ActorEntry>> actors, string text, DocumentState state)
    {
        if (speaker.Scope != "region")
        {
            return null;
        }

        if (actors.FirstOrDefault(a => a.Value == speaker) is not { } named)
        {
            return state.SeatByActor.GetValueOrDefault(speaker.Id);
        }

        var region = places.OblastOfAuthority(text, PlaceContext.Empty)
            ?? (places.SeatOfOfficial(text, named.Start, named.End, "region", PlaceContext.Empty) is { Level: PlaceLevel.Admin1 } seat ? seat : null)
            ?? HoldersSeat(speaker, state);
        if (region is null)
        {
            state.SeatByActor.Remove(speaker.Id);
        }
        else
        {
            state.SeatByActor[speaker.Id] = region;
        }

        return region;
    }

    /// <summary>"за даними начальника ОВА Івана Федорова": the region of the office-holder named here, when the title names none.</summary>
    private GazetteerEntry? HoldersSeat(ActorEntry speaker, DocumentState state) =>
        state.PersonNamedAt.TryGetValue(speaker.Id, out var named) && named.Sentence == state.Current && state.PersonByActor.TryGetValue(speaker.Id, out var person)
        && data.Lexicons.OfficeHolders.HolderNamed(speaker.Id, person, state.Input.Published) is { } holder
        && data.Places.Resolve(holder.Seat + " Oblast", PlaceContext.Empty) is { Level: PlaceLevel.Admin1 } oblast && oblast.Country == holder.Country ? oblast : null;

    /// <summary>
    /// "Regional Governor Oleh Kiper said" after "In Odesa, ...": reports name a local official with the region or
    /// city they speak for, which is the region or city of the place they report on.
    /// </summary>
    private string? LocalSeat(ActorEntry claimant, PlaceMention p, GazetteerEntry? speakerOblast, DocumentState state)
    {
        // "сообщил губернатор Курской области": the sentence names whose governor speaks.
        var where = speakerOblast ?? ((claimant == state.Issuer || claimant == state.RelayClaimant) && claimant.Scope == "region" && state.IssuerRegion is { } signed ? signed : claimant.Scope switch
        {
            "city" => p.Entry is { Level: PlaceLevel.Populated } town ? town : null,
            "region" => p.Entry is { Level: PlaceLevel.Admin1 } region ? region : null,
            _ => null,
        });
        if (claimant.Scope is not null && where is null)
        {
            where = (p.Entry ?? p.Region) is { Admin1: not null } e ? data.Places.Gazetteer.Admin1Region(e.Country, e.Admin1) : null;
        }

        return where is null ? null : RegionSuffix().Replace(where.EnglishName, "");
    }
}
