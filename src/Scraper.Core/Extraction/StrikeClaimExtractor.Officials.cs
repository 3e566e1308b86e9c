using System.Text.RegularExpressions;
using Scraper.Extraction.Lexicons;
using Scraper.Geo;

namespace Scraper.Extraction;

/// <summary>How a claimant is named: the person with an official's title, remembered across sentences, and the region or city a local official speaks for.</summary>
public sealed partial class StrikeClaimExtractor
{
    /// <summary>
    /// "Belgorod regional governor" in an unsigned post: the person who held the office on the day it was published; a
    /// holder named in another transliteration ("Hladkov") is spelled as the office-holders file spells them.
    /// </summary>
    private IReadOnlyList<StrikeClaim> WithOfficeHolders(IReadOnlyList<StrikeClaim> claims, DateOnly? day, string text) =>
        claims.Select(c =>
        {
            if (c is not { ClaimantOffice: { } office, ClaimantSeat: { } seat })
            {
                return c;
            }

            var title = seat + " " + data.Lexicons.ActorsById[office].Claimant;
            // A mayor reports on villages around the city, whose names the seat then takes: only regional titles are checked.
            if (data.Lexicons.ActorsById[office].Scope == "region" && c.Claimant is { } written && written.StartsWith(title + " ", StringComparison.Ordinal)
                && data.Lexicons.OfficeHolders.HolderNamed(office, written[(title.Length + 1)..], day) is { } elsewhere
                && !OfficeHolders.Key(elsewhere.Seat).Contains(OfficeHolders.Key(seat), StringComparison.Ordinal))
            {
                // "Nizhny Novgorod Governor Gleb Nikitin" named before a Kyiv region report: that governor is not Kyiv's.
                c = c with { Claimant = title };
            }

            var person = c.Claimant == title ? data.Lexicons.OfficeHolders.On(office, seat, day)
                : c.Claimant is { } named && named.StartsWith(title + " ", StringComparison.Ordinal) ? data.Lexicons.OfficeHolders.Spelled(office, seat, day, named[(title.Length + 1)..])
                : null;
            return person is null ? c : c with { Claimant = title + " " + (OfficeHolders.AsWritten(person, text) ?? person) };
        }).ToList();

    /// <summary>An official named earlier, met again by surname alone ("написал Гладков"), for the region they were named with.</summary>
    private static ActorEntry? NamedOfficialIn(string text, DocumentState state)
    {
        // The latest named first: two governors in one report, each met again by surname.
        for (var k = state.NamedOfficials.Count - 1; k >= 0; k--)
        {
            var (stem, actor, person, seat) = state.NamedOfficials[k];
            var i = text.IndexOf(stem, StringComparison.Ordinal);
            if (i >= 0 && (i == 0 || !char.IsLetter(text[i - 1])))
            {
                state.PersonByActor[actor.Id] = person;
                if (seat is not null)
                {
                    state.SeatByActor[actor.Id] = seat;
                }

                return actor;
            }
        }

        return null;
    }

    private string ClaimantName(ActorEntry claimant, IReadOnlyList<AliasMatch<ActorEntry>> actors, string text, DocumentState state)
    {
        var match = actors.FirstOrDefault(a => a.Value == claimant);
        var title = claimant.Claimant.Length > 0 ? claimant.Claimant : match?.Text ?? "unattributed";
        if (claimant.Type != "official")
        {
            return title;
        }

        if (match is null)
        {
            // The account goes on without naming them again: as they were named.
            return state.LastNamed is { } last && last.ActorId == claimant.Id ? last.Name : Remembered(claimant, title, state);
        }

        var named = NamedHere(claimant, match, title, text, state);
        state.LastNamed = (claimant.Id, named);
        return named;
    }

    private string NamedHere(ActorEntry claimant, AliasMatch<ActorEntry> match, string title, string text, DocumentState state)
    {
        // "губернатор Курской области" with no name may be another oblast's governor than the one named before, and so
        // may "the Sumy Oblast Military Administration" after "Kharkiv Governor Oleh Syniehubov".
        return RememberPerson(match, text, state) is { } latin ? title + " " + latin
            : NamedOblastAfter().IsMatch(text.AsSpan(match.End)) ? title
            : SeatBeforeTitle(text, match) is { } seat ? (state.PersonByActor.TryGetValue(match.Value.Id + "@" + seat, out var there) ? title + " " + there : title)
            : Remembered(claimant, title, state);
    }

    /// <summary>
    /// "Source: Sumy Oblast Military Administration on Telegram" under a news lead: the item relays that body's account,
    /// for the region it names (remembered as the issuer's region).
    /// </summary>
    private ActorEntry? CitedInSourceLine(IReadOnlyList<Sentence> sentences, DocumentState state)
    {
        var cited = Enumerable.Range(0, Math.Min(4, sentences.Count)).SelectMany(i => ActorsIn(sentences, i, state).Select(m => (i, m)))
            .FirstOrDefault(x => x.m.Value.CanClaim && x.m.Value.Type is not ("generic" or "media") && CitedSourceLine().IsMatch(sentences[x.i].Text.AsSpan(0, x.m.Start)));
        if (cited.m is null)
        {
            return null;
        }

        var text = sentences[cited.i].Text;
        _ = ClaimantName(cited.m.Value, ActorsIn(sentences, cited.i, state), text, state);
        state.IssuerRegion = places.OblastOfAuthority(text, PlaceContext.Empty)
            ?? (places.SeatOfOfficial(text, cited.m.Start, cited.m.End, "region", PlaceContext.Empty) is { Level: PlaceLevel.Admin1 } seat ? seat : null)
            ?? (places.OblastsNamedIn(text, PlaceContext.Empty).DistinctBy(e => (e.Country, e.Admin1)).ToList() is [var only] ? only : null);
        return cited.m.Value;
    }

    /// <summary>Officials named in a sentence with no claim of its own ("Governor X confirmed the attack on ...").</summary>
    private void RememberOfficials(IReadOnlyList<AliasMatch<ActorEntry>> actors, string text, DocumentState state)
    {
        foreach (var official in actors.Where(a => a.Value.Type == "official"))
        {
            RememberPerson(official, text, state);
        }
    }

    /// <summary>
    /// "regional governor Oleh Kiper", "глава города Иван Приходько", "Alexander Bogomaz, governor of ...": the person
    /// named with an official, in Latin letters, remembered with the stem of the surname for "написал Гладков".
    /// </summary>
    private string? RememberPerson(AliasMatch<ActorEntry> match, string text, DocumentState state)
    {
        // Aliases match whole words: the period of "Gov." is after the match.
        var from = match.End < text.Length && text[match.End] == '.' ? match.End + 1 : match.End;
        var name = PersonName().Match(text, from);
        if (!(name.Success && name.Index == from) && AppositiveAfterSeat().Match(text, from) is { Success: true } appositive && appositive.Index == from)
        {
            // "the governor of Russia's Belgorod region, Vyacheslav Gladkov, said".
            name = appositive;
            from = appositive.Index;
        }

        var before = PersonBefore().Match(text[..match.Start]);
        var person = name.Success && name.Index == from ? name.Groups["name"].Value : before.Success ? before.Groups["name"].Value : null;
        if (person is null)
        {
            return null;
        }

        person = NominativeName(person.Trim(), text[Math.Max(0, match.Start - 30)..match.End]);
        var latin = state.Language == "uk" || UkrainianLatin.LooksUkrainian(person) ? UkrainianLatin.Transliterate(person) : RussianLatin.Transliterate(person);
        state.PersonByActor[match.Value.Id] = latin;
        // "Nizhny Novgorod Governor Gleb Nikitin": named for a seat, they do not speak for another region later.
        var seat = SeatBeforeTitle(text, match);
        state.PersonNamedAt[match.Value.Id] = (seat, state.Current);
        if (seat is not null)
        {
            state.PersonByActor[match.Value.Id + "@" + seat] = latin;
        }

        // The surname without its case ending ("Гладков", "Гладкова"); short ones are too ambiguous to look for.
        var surname = person.Trim().Split(' ')[^1];
        if (surname.Length >= 5)
        {
            var seatRegion = match.Value.Scope == "region" && places.SeatOfOfficial(text, match.Start, match.End, "region", PlaceContext.Empty) is { Level: PlaceLevel.Admin1 } region
                ? region : null;
            state.NamedOfficials.Add((surname[..Math.Max(4, surname.Length - 2)], match.Value, latin, seatRegion));
        }

        return latin;
    }

    /// <summary>
    /// "слова губернатора Вячеслава Гладкова": after a title in the genitive a man's name is in the genitive too; the
    /// claimant is named in the nominative (Вячеслав Гладков). Women's names in the genitive end otherwise (-ы, -ой).
    /// </summary>
    private static string NominativeName(string person, string title) =>
        GenitiveTitle().IsMatch(title) && person.Split(' ') is { Length: 2 } w && w.All(x => GenitiveMaleWord().IsMatch(x))
            ? string.Join(' ', w.Select(x => x[..^1]))
            : person;

    /// <summary>"Sumy Oblast Military Administration", "Kursk Governor": the place named right before an official's title.</summary>
    private static string? SeatBeforeTitle(string text, AliasMatch<ActorEntry> match) => PlaceFinder.SeatNameBefore(text, match.Start);

    /// <summary>
    /// A person named with a regional title in one region does not speak for another: "the regional military
    /// administration reported" about Sumy Oblast after "Governor Oleh Syniehubov" spoke about Kharkiv Oblast is the
    /// title alone (or whoever was named with it for that region).
    /// </summary>
    private static string PersonForRegion(ActorEntry claimant, string name, string region, DocumentState state)
    {
        if (claimant.Scope != "region" || !state.PersonNamedAt.TryGetValue(claimant.Id, out var named))
        {
            return name;
        }

        if (named.Sentence == state.Current)
        {
            state.PersonNamedAt[claimant.Id] = (region, named.Sentence);
            return name;
        }

        var title = claimant.Claimant.Length > 0 ? claimant.Claimant : name;
        return named.Seat is null || region.Contains(named.Seat, StringComparison.Ordinal) || !name.StartsWith(title, StringComparison.Ordinal) ? name
            : state.PersonByActor.TryGetValue(claimant.Id + "@" + region, out var there) ? title + " " + there : title;
    }

    /// <summary>"по данным главы региона" after "губернатор ... Вячеслав Гладков": the person named before.</summary>
    private static string Remembered(ActorEntry claimant, string title, DocumentState state) =>
        state.PersonByActor.TryGetValue(claimant.Id, out var known) ? title + " " + known : title;

    [GeneratedRegex(@"\G(?:\s+\p{Lu}\p{Ll}+(?:ской|ского|ськой|ської|ського|ского)(?=\s+(?:области|області|района|району|края|краю|округа|округу)))?(?:\s+(?:региона|области|області|города|міста|района|району|края|краю|округа|округу))?(?:\s+\p{Lu}\p{Ll}+[аяиыі](?=(?:\s+\p{Lu}\p{Ll}+){2}))?(?<name>(?:\s+\p{Lu}[\p{Ll}'’ʼ-]+){1,3})(?!\p{L})(?!\s+(?:области|області|района|району|края|краю|округа|округу|ОВА|ОДА))")]
    private static partial Regex PersonName();

    [GeneratedRegex(@"(?<name>(?!(?:In|On|At|From|Across|Near|After|Before|During|Meanwhile|Elsewhere|Later|Earlier)\s)\p{Lu}[\p{Ll}'’ʼ-]+\s+\p{Lu}[\p{Ll}'’ʼ-]+),\s+(?:the\s+)?(?:\p{Ll}+\s+|(?:[Hh]ead|[Cc]hief)\s+of\s+(?:the\s+)?)?(?:\p{Lu}[\p{Ll}-]+\s+)?$")]
    private static partial Regex PersonBefore(); // an opening phrase ("In Ukraine, the Sumy ... administration") is no person

    [GeneratedRegex(@"(?<!\p{L})(?:губернатора|главы|мэра|начальника|руководителя|голови|очільника|керівника|мера)(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex GenitiveTitle();

    [GeneratedRegex(@"^\p{IsCyrillic}+[бвгґджзклмнпрстфхцчшщ]а$")]
    private static partial Regex GenitiveMaleWord();

    [GeneratedRegex(@"\G\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]+['’]s\s+)?\p{Lu}[\p{L}-]+(?:\s+(?:region|Region|Oblast|oblast|province))?,\s+(?<name>\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}[\p{Ll}'’-]+)(?=,)")]
    private static partial Regex AppositiveAfterSeat();

    [GeneratedRegex(@"^\s+\p{Lu}\p{Ll}+(?:ской|ської)\s+(?:области|області)")]
    private static partial Regex NamedOblastAfter();

    /// <summary>"Source: Sumy Oblast Military Administration": the region's name may stand before the body's title.</summary>
    [GeneratedRegex(@"^\s*(?:Source|Источник|Джерело|المصدر)\s*:\s*(?:\p{Lu}[\p{L}'’-]*\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex CitedSourceLine();
}
