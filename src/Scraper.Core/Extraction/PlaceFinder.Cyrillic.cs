using System.Text.RegularExpressions;
using Scraper.Extraction.Lexicons;
using Scraper.Geo;

namespace Scraper.Extraction;

/// <summary>Places in Russian and Ukrainian text: capitalised names anywhere, oblast phrases in the genitive as region context, settlement lists, districts; launch origins and front sectors are not places.</summary>
public sealed partial class PlaceFinder
{
    private List<PlaceMention> FindCyrillic(string s, LanguageLexicon lex, PlaceContext context)
    {
        // Oblast phrases first: they give the admin1 context for the settlements listed before them.
        var regions = new HashSet<(string, string)>(context.Regions);
        var result = new List<PlaceMention>();
        foreach (var (written, at, e) in RegionPhrases(s, context))
        {
            regions.Add((e.Country, e.Admin1!));
            result.Add(new PlaceMention(written, at, at + written.Length, e, 4, true));
        }

        var regionMentions = result.ToList();
        foreach (Match m in CyrillicDistrict().Matches(s))
        {
            // "в Глушковском районе Курской области": a district the gazetteer lacks (no admin2), kept as written in its oblast.
            // Only with its oblast right after it: a bare "Никитовском районе" is usually a city district of a town named before.
            var oblast = regionMentions.FirstOrDefault(r => r.Start >= m.Index + m.Length && string.IsNullOrWhiteSpace(s[(m.Index + m.Length)..r.Start]));
            if (oblast is not null && !OriginPreposition().IsMatch(s.AsSpan(0, m.Index)) && !result.Any(r => m.Index < r.End && r.Start < m.Index + m.Length))
            {
                result.Add(new PlaceMention(m.Value, m.Index, m.Index + m.Length, null, 3, true, Region: oblast.Entry));
            }
            else if (oblast is null && !CapitalisedAfter().IsMatch(s.AsSpan(m.Index + m.Length)) && TownOfAdjective(m.Value[..m.Value.IndexOf(' ', StringComparison.Ordinal)], context) is { } seat && resolver.RegionOf(seat) is { Level: PlaceLevel.Admin1 } around
                && !OtherCityBefore(s, m.Index, around, context))
            {
                // "в поселке Октябрьский Белгородского района": a district is named after its seat, so it gives the oblast
                // (not a city district, "у Дніпровському районі Херсона", whose city follows).
                regions.Add((around.Country, around.Admin1!));
                regionMentions.Add(new PlaceMention(m.Value, m.Index, m.Index + m.Length, around, 4, true));
            }
        }
        var ctx = new PlaceContext(context.Countries, regions, context.Home);
        var listContext = ListCue().IsMatch(s);
        var words = CyrillicName().Matches(s);
        // "в Министерстве обороны", "бригад ВСУ": names of actors and groups are not places.
        // States stay: their aliases include capitals ("Київ", "Москва") that are also places struck.
        var named = lexicons.Actors.Matches(s).Where(a => a.Value.Type != "state").Select(a => (a.Start, a.End))
            .Concat(lexicons.Groups.Matches(s).Select(g => (g.Start, g.End))).ToList();
        for (var w = 0; w < words.Count; w++)
        {
            var m = words[w];
            // "Об этом", "ВС России", "ВПК": a two-letter word or an abbreviation is no settlement name.
            if (m.Length < 3 || char.IsUpper(m.Value[1])
                || result.Any(r => m.Index >= r.Start && m.Index < r.End) || lex.PlaceFillers.Contains(m.Value) || lex.NonPlaceWords.Contains(m.Value)
                || LanguageLexicon.Lookup(lex.NumberWords, m.Value) is not null
                || named.Any(n => m.Index >= n.Start && m.Index < n.End)
                || OriginPreposition().IsMatch(s.AsSpan(0, m.Index)) || AxisWord().IsMatch(s.AsSpan(m.Index + m.Length))
                || InOriginList(s[..m.Index]) || CityDistrictAfter().IsMatch(s.AsSpan(m.Index + m.Length)) || StreetBefore().IsMatch(s.AsSpan(0, m.Index))
                || LaunchedFromBefore().IsMatch(s.AsSpan(0, m.Index)))
            {
                // "з Курської області" is where the missiles came from; "на Покровському напрямку" a front sector;
                // "у Дніпровському районі Херсона" a district of the city named next; "на улице Октябрьской" a street;
                // "Шість ударів" a number opening the sentence; "ракетою, випущеною з окупованого Криму" where it was launched.
                continue;
            }

            if (lex.GivenNames.Contains(m.Value) && w + 1 < words.Count && Regex.IsMatch(s[(m.Index + m.Length)..words[w + 1].Index], @"^\s$"))
            {
                // "Сергей Тюрин": a first name and a surname, not the village Serhiyi.
                w++;
                continue;
            }

            var (start, end) = (m.Index, m.Index + m.Length);
            var entry = (GazetteerEntry?)null;
            if (w + 1 < words.Count && Regex.IsMatch(s[end..words[w + 1].Index], @"^[\s-]$") && !result.Any(r => words[w + 1].Index >= r.Start && words[w + 1].Index < r.End))
            {
                entry = resolver.Resolve(s[start..(words[w + 1].Index + words[w + 1].Length)], ctx);
                if (entry is not null)
                {
                    end = words[w + 1].Index + words[w + 1].Length;
                    w++;
                }
            }

            if (entry is null && AdjectiveHead().IsMatch(m.Value) && w + 1 < words.Count && Regex.IsMatch(s[end..words[w + 1].Index], @"^\s$"))
            {
                // "Малая Локня": "Малая" alone is another village; the two words are one name, even one GeoNames lacks.
                end = words[w + 1].Index + words[w + 1].Length;
                w++;
            }
            else
            {
                entry ??= resolver.Resolve(m.Value, ctx);
            }

            // A town found in another region than the text names gives way to the community's town in that region.
            var elsewhere = entry is { Level: PlaceLevel.Populated } && !regions.Contains((entry.Country, entry.Admin1 ?? ""));
            if ((entry is null or { Level: PlaceLevel.Admin1 } || elsewhere)
                && (CommunityAfter().IsMatch(s.AsSpan(end)) || CommunityListBefore().IsMatch(s.AsSpan(0, start)) || RefineryAfter().IsMatch(s.AsSpan(end)))
                && TownOfAdjective(m.Value, ctx) is { } town && (!elsewhere || regions.Contains((town.Country, town.Admin1 ?? ""))))
            {
                // "Нікопольську та Марганецьку громади", "Староконстантиновскую громаду": a community is named after its town;
                // so is a refinery ("Сизранський НПЗ").
                entry = town;
                if (result.Count > 0 && result[^1].End <= start && string.IsNullOrWhiteSpace(s[result[^1].End..start]))
                {
                    // "селищу Слатине Дергачівської громади": the community only says where the settlement before it lies.
                    continue;
                }
            }

            GazetteerEntry? oblastOnly = null;
            var namesakeElsewhere = false;
            // The oblast named after a list places it ("X, Y Запорізької області"); one named before frames villages
            // ("населених пунктів Херсонщини; під ударами опинилися ... Садове"), not a city ("... Донецкой Народной
            // Республики, а также склад горючего под Запорожьем").
            if (entry is { Level: PlaceLevel.Populated } && (regionMentions.Any(r => (r.Start > start && ListUpTo(s, end, r.Start)) || entry.Population < 100_000) || (context.Home is not null && entry.Population < 10_000))
                && !regions.Contains((entry.Country, entry.Admin1 ?? "")))
            {
                // In "X, Y Запорізької області" a namesake elsewhere is a wrong match: keep X unresolved in that oblast,
                // unless a spelling variant lies there. A regional authority's post puts its villages in its oblast.
                entry = resolver.ResolveWithin(s[start..end], regions, ctx);
                namesakeElsewhere = entry is null;
                oblastOnly = entry is null && regionMentions.Count == 0 ? context.Home : null;
            }

            if (entry is null && listContext && w + 1 < words.Count && Regex.IsMatch(s[end..words[w + 1].Index], @"^\s$")
                && resolver.Resolve(words[w + 1].Value, ctx) is null && !result.Any(r => words[w + 1].Index >= r.Start && words[w + 1].Index < r.End)
                && !DistrictNounAfter().IsMatch(s.AsSpan(words[w + 1].Index + words[w + 1].Length)))
            {
                // "Золотий Колодязь": two capitalised words with nothing between them are one settlement name.
                end = words[w + 1].Index + words[w + 1].Length;
                w++;
            }
            var before = s[..start].TrimEnd();
            if ((entry is { Level: PlaceLevel.Country } && !CyrillicPreposition().IsMatch(before))
                || (entry is not null && RegionalAuthorityAfter().IsMatch(s.AsSpan(end))))
            {
                // "глава Хмельницкой областной военной администрации" names who speaks, not where a strike hit.
                continue;
            }

            // "села Сушаны и Новые Юрковичи": the next item of a list of settlements is one too.
            var listItem = result.Count > 0 && result[^1].End <= start && ListJoin().IsMatch(s.AsSpan(result[^1].End, start - result[^1].End)) && result[^1].Entry is not { Level: PlaceLevel.Admin1 };
            // "Дорогощь была обстреляна": a name as the subject of a passive strike verb is a settlement, even one GeoNames lacks.
            if (entry is not null || oblastOnly is not null || namesakeElsewhere || SettlementNounBefore().IsMatch(before) || (listContext && start > 0 && InSettlementList(before)) || listItem
                || PassiveStrikeAfter().IsMatch(s.AsSpan(end)) || StrikeOnBefore().IsMatch(before))
            {
                // The oblast after the name ("X, Y Запорізької області"), else the sentence's only one ("27 населених пунктів Херсонщини; … X").
                var region = entry is null ? (regionMentions.FirstOrDefault(r => r.Start > start) ?? (regionMentions is [var only] ? only : null))?.Entry ?? oblastOnly : null;
                result.Add(new PlaceMention(s[start..end], start, end, entry, Precision(entry, false), entry is not null, Region: region));
            }
        }

        // "поселок Климово Климовского района Брянской области": a district right after a settlement only locates it.
        // Named after its seat ("Севского района" → Sevsk) it is still only the district.
        return result.Where(p => !((p.Entry is null && p.GeoPrecision == 3) || DistrictNounAfter().IsMatch(s.AsSpan(p.End)))
            || !result.Any(o => o != p && o.End < p.Start && string.IsNullOrWhiteSpace(s[o.End..p.Start]))).ToList();
    }

    /// <summary>
    /// The oblasts a Russian or Ukrainian document names as places ("по 11 населених пунктах Запорізької області"),
    /// so a settlement in a later line prefers its namesake there ("Оріхова" is Orikhiv, not a Crimean Orekhovo).
    /// </summary>
    public IEnumerable<GazetteerEntry> OblastsNamedIn(string text, PlaceContext context) => RegionPhrases(text, context).Select(r => r.Entry);

    /// <summary>"Запорізької ОВА", "губернатор Курской области": the oblast a regional authority's name refers to, or null.</summary>
    public GazetteerEntry? OblastOfAuthority(string text, PlaceContext context) =>
        AuthorityOblast().Match(text) is { Success: true } m
            ? resolver.Resolve(m.Groups["adj"].Value + " области", context) is { Level: PlaceLevel.Admin1 } e ? e : null
            : null;

    /// <summary>
    /// The town an adjective is formed from: a community ("Нікопольську громаду" → Nikopol) or a district
    /// ("Белгородского района" → Belgorod, "Шебекинского округа" → Shebekino) is named after its seat.
    /// </summary>
    private GazetteerEntry? TownOfAdjective(string adjective, PlaceContext context)
    {
        if (TownAdjective().Match(adjective) is not { Success: true } adj)
        {
            return null;
        }

        var stem = adjective[..adj.Index];
        // Юнаківська ← Юнаківка, Хотінська ← Хотінь, Шосткинська ← Шостка, Краснопільська ← Краснопілля.
        // Покровська ← Покровське (a village) as well as Покровськ: a town in a region the text names comes first.
        var k = adj.Groups["k"].Index;
        string[] forms = [stem, adjective[..k], stem + "о", stem + "е", stem + "ка", stem + "ь",
            stem.EndsWith("ин", StringComparison.Ordinal) ? stem[..^2] + "а" : stem, stem.EndsWith('ь') ? stem[..^1] + "ля" : stem,
            adjective[..(k + 1)] + "е", adjective[..(k + 1)] + "ое"];
        var towns = forms.Distinct(StringComparer.Ordinal).Select(t => resolver.Resolve(t, context)).OfType<GazetteerEntry>().Where(t => t.Level == PlaceLevel.Populated).ToList();
        return towns.FirstOrDefault(t => context.Regions.Contains((t.Country, t.Admin1 ?? ""))) ?? towns.FirstOrDefault();
    }

    /// <summary>"з напрямків: Брянськ, Курськ, Орел": every name in a list of launch directions is an origin.</summary>
    private static bool InOriginList(string before)
    {
        var window = before.Length > 160 ? before[^160..] : before;
        var cue = OriginListCue().Matches(window);
        return cue.Count > 0 && SettlementListTail().IsMatch(window.AsSpan(cue[^1].Index + cue[^1].Length));
    }

    /// <summary>An unknown capitalised word is a settlement only inside a list of them ("населённых пунктов X, Y и Z").</summary>
    private static bool InSettlementList(string before)
    {
        var window = before.Length > 200 ? before[^200..] : before;
        var cue = ListCue().Matches(window);
        return cue.Count > 0 && SettlementListTail().IsMatch(window.AsSpan(cue[^1].Index + cue[^1].Length));
    }

    [GeneratedRegex(@"\p{Lu}[\p{Ll}'’ʼ]+(?:-\p{Lu}[\p{Ll}'’ʼ]+)?\s+(?:(?:области|області|областью|областю|область|обл\.|краю|края|край)|[Нн]ародн\p{Ll}+\s+[Рр]еспублик\p{Ll}*)|\p{Lu}\p{Ll}+щин(?:а|и|і|у|ою|е|ы|ой)(?!\p{L})")]
    private static partial Regex CyrillicRegion();


    [GeneratedRegex(@"^\s+\p{Lu}")]
    private static partial Regex CapitalisedAfter();

    [GeneratedRegex(@"^\s+(?:район|округ)")]
    private static partial Regex DistrictNounAfter();

    [GeneratedRegex(@"^\s*(?:,|и|і|та|а также|,\s*а также)\s*$")]
    private static partial Regex ListJoin();

    /// <summary>"села Теткино", "в поселке X", "у селищі Y": a name the gazetteer lacks is a settlement after such a noun.</summary>
    [GeneratedRegex(@"(?:^|\s)(?:сел[оаеуі]|селом|поселк[аеу]|поселок|посёлк[аеу]|посёлок|селищ[аеіу]|селище|деревн[яиеюі]|хутор[аеу]?|станиц[аеуы]|смт|пгт|город[аеу]?|міст[оау]|місті|окрестност\p{Ll}*|околиц\p{Ll}*|близ|поблизу|районе|районі|пункт[аеу]?|массиве|массива|масиві)$", RegexOptions.IgnoreCase)]
    private static partial Regex SettlementNounBefore();

    [GeneratedRegex(@"(?:улиц|вулиц|проспект|переул|провул|бульвар|площад|площі|шоссе|шосе)\p{L}*\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex StreetBefore();

    [GeneratedRegex(@"\p{Lu}\p{Ll}+(?:ском|ского|ский|ской|ському|ського|ський|ськім)\s+(?:районе|района|район|районі|району|округе|округа|округ)\b")]
    private static partial Regex CyrillicDistrict();

    [GeneratedRegex(@"(?<![\p{L}«""])\p{Lu}[\p{L}'’ʼ]+(?:-\p{L}[\p{L}'’ʼ]+)*")]
    private static partial Regex CyrillicName();

    [GeneratedRegex(@"^(?:\s*,\s*\p{Lu}\p{Ll}+|\s+(?:і|й|та|и)\s+\p{Lu}\p{Ll}+)*\s+(?:громад\p{L}*|общин\p{L}*|ОТГ|ТГ)(?!\p{L})")]
    private static partial Regex CommunityAfter();

    [GeneratedRegex(@"^\s+(?:(?:был[аио]?|була|було|були)\s+)?(?:обстрелян|атакован|обстріля|подверг\p{L}*\s+(?:обстрел|атак|удар)|зазнал\p{L}*\s+(?:обстріл|атак|удар))")]
    private static partial Regex PassiveStrikeAfter();

    [GeneratedRegex(@"^\s+(?:НПЗ|нафтопереробн\p{L}*\s+завод|нефтеперерабатывающ\p{L}*\s+завод|нафтобаз|нефтебаз)")]
    private static partial Regex RefineryAfter();

    /// <summary>"обстріляли прикордонні громади області: Краснопільську, Миропільську та ...": the communities listed after a colon.</summary>
    [GeneratedRegex(@"(?:громад|общин)\p{L}*(?:\s+\p{Ll}+){0,2}\s*:\s*(?:\p{Lu}\p{Ll}+\s*,\s*|\p{Lu}\p{Ll}+\s+(?:та|і|й|и)\s+)*$")]
    private static partial Regex CommunityListBefore();

    [GeneratedRegex(@"(?:сь|с)?(?<k>к)(?:ую|у|а|ая|ой|ої|ій|ою|ому|ом|ого|ий|ім)$")]
    private static partial Regex TownAdjective();

    [GeneratedRegex(@"^\s+(?:районі|районе|района|району)\s+\p{Lu}\p{Ll}+(?!\p{L})(?!\s+(?:област|обл))")]
    private static partial Regex CityDistrictAfter();

    [GeneratedRegex(@"^\s+(?:областн|обласн|ОВА\b|ОДА\b|облгосадминистрац|облдержадміністрац)")]
    private static partial Regex RegionalAuthorityAfter();

    [GeneratedRegex(@"(?<adj>\p{Lu}\p{Ll}+к(?:ої|ой|а|ая|ого))\s+(?:ОВА|ОДА|обласн\p{L}*|областн\p{L}*)(?!\p{L})|(?:[Гг]убернатор|[Гг]лав|[Гг]олов|[Нн]ачальник)\p{L}*\s+(?<adj>\p{Lu}\p{Ll}+к(?:ої|ой))\s+(?:области|області)")]
    private static partial Regex AuthorityOblast();

    [GeneratedRegex(@"(?:^|\s)(?:в|во|на|по|над|у|із|з|под|під)$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex CyrillicPreposition();

    [GeneratedRegex(@"(?:населен|населён|н\.п\.|пункт|район|зазнал|:)", RegexOptions.IgnoreCase)]
    private static partial Regex ListCue();

    [GeneratedRegex(@"(?:з|із|с|из|from)\s+(?:the\s+)?(?:напрямк\p{L}*|напрямів|направлени\p{L}*|direction\p{L}*|район\p{L}*|акваторі\p{L}*)(?:\s+of)?\s*:?", RegexOptions.IgnoreCase)]
    private static partial Regex OriginListCue();

    // "з Курської та Воронезької областей": every name of a list after the preposition is an origin.
    [GeneratedRegex(@"(?:^|[\s(])(?:з|із|зі|с|со|из|изо|від|от)\s+(?-i:\p{Lu}\p{Ll}+(?:ої|ой|ей|ких),?\s+(?:(?:та|і|и|й)\s+)?)*$", RegexOptions.IgnoreCase)]
    private static partial Regex OriginPreposition();

    [GeneratedRegex(@"^\p{Ll}*[\s,;:«»""]*(?:(?:\p{Lu}[\p{L}'’ʼ-]*|и|і|й|та|а|также|зокрема|в|у|частности|районах|районі|районе|населених|населенных|пунктів|пунктов|області|области|району|района|округа|краю|края)[\s,;:«»""]*)*$")]
    private static partial Regex SettlementListTail();

    /// <summary>
    /// "X, Y и Z Запорожской области": only names of a list lie between a settlement and the oblast that places it, not
    /// another clause ("в районах Антоновки и Херсона, а также склад ... у Каменского Запорожской области").
    /// </summary>
    private static bool ListUpTo(string s, int from, int to) => !OtherClause().IsMatch(s.AsSpan(from, to - from));

    [GeneratedRegex(@"а\s+также|а\s+також|;|(?<![\p{L}])(?!(?:район|населен|пункт|сел[аоиі]|поселк|селищ|громад|окру)\p{Ll}*)\p{Ll}{5,}")]
    private static partial Regex OtherClause();

    [GeneratedRegex(@"^(?:Мал|Больш|Велик|Нов|Стар|Верхн|Нижн|Красн|Червон|Бел|Біл|Черн|Чорн|Русск|Руськ|Золот|Средн|Середн)\p{Ll}{1,3}$")]
    private static partial Regex AdjectiveHead();
}
