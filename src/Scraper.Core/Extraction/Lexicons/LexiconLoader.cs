using System.Text.RegularExpressions;

namespace Scraper.Extraction.Lexicons;

/// <summary>Reads data/lexicons/*.json and reports file, entry and field of every mistake.</summary>
public static class LexiconLoader
{
    public static readonly IReadOnlyList<string> LanguageFiles = ["en", "ru", "uk", "ar"];

    public static LexiconSet? Load(string lexiconDir, List<DataFileError> errors)
    {
        var languages = new Dictionary<string, LanguageLexicon>(StringComparer.Ordinal);
        foreach (var lang in LanguageFiles)
        {
            var file = lang + ".json";
            var data = DataJson.Read<LanguageLexiconData>(Path.Combine(lexiconDir, file), file, errors);
            if (data is null)
            {
                continue;
            }

            if (data.Language != lang)
            {
                errors.Add(new DataFileError(file, "$", "language", $"is '{data.Language}', expected '{lang}'"));
            }

            CheckPhrases(file, "strike_triggers", data.StrikeTriggers, errors);
            CheckPhrases(file, "place_markers", data.PlaceMarkers, errors);
            CheckPhrases(file, "attribution_cues", data.AttributionCues, errors);
            languages[lang] = new LanguageLexicon(data);
        }

        var actors = DataJson.Read<ActorsFile>(Path.Combine(lexiconDir, "actors.json"), "actors.json", errors);
        var groups = DataJson.Read<GroupsFile>(Path.Combine(lexiconDir, "groups.json"), "groups.json", errors);
        var weapons = DataJson.Read<WeaponsFile>(Path.Combine(lexiconDir, "weapons.json"), "weapons.json", errors);
        var targetTypes = DataJson.Read<TargetTypesFile>(Path.Combine(lexiconDir, "target-types.json"), "target-types.json", errors);
        var holders = DataJson.Read<OfficeHoldersFile>(Path.Combine(lexiconDir, "office-holders.json"), "office-holders.json", errors);
        for (var i = 0; actors is not null && i < actors.Actors.Count; i++)
        {
            var a = actors.Actors[i];
            CheckPhrases("actors.json", $"actors[{i}] ({a.Id}).aliases", a.Aliases, errors);
            if (a.Type is not ("ministry" or "monitor" or "activists" or "armed_group" or "official" or "forces" or "state" or "media" or "generic"))
            {
                errors.Add(new DataFileError("actors.json", $"actors[{i}] ({a.Id})", "type", $"unknown type '{a.Type}'"));
            }

            if (a.HomeMinistry is not null && !actors.Actors.Any(m => m.Id == a.HomeMinistry && m.Type == "ministry"))
            {
                errors.Add(new DataFileError("actors.json", $"actors[{i}] ({a.Id})", "home_ministry", $"'{a.HomeMinistry}' is not the id of a ministry"));
            }

            if (a.Refers is not null && (a.Type != "generic" || a.Refers is not ("ministry" or "military" or "agency" or "group" or "monitor" or "statement")))
            {
                errors.Add(new DataFileError("actors.json", $"actors[{i}] ({a.Id})", "refers", $"'{a.Refers}' is not ministry, military, agency, group, monitor or statement of a generic entry"));
            }
        }

        for (var i = 0; groups is not null && i < groups.Groups.Count; i++)
        {
            CheckPhrases("groups.json", $"groups[{i}] ({groups.Groups[i].Name}).aliases", groups.Groups[i].Aliases, errors);
        }

        for (var i = 0; targetTypes is not null && i < targetTypes.TargetTypes.Count; i++)
        {
            CheckPhrases("target-types.json", $"target_types[{i}] ({targetTypes.TargetTypes[i].Name}).aliases", targetTypes.TargetTypes[i].Aliases, errors);
        }

        if (holders is not null && actors is not null)
        {
            CheckOfficeHolders(holders.Holders, actors.Actors, errors);
        }

        if (errors.Count > 0 || actors is null || groups is null || weapons is null || targetTypes is null || holders is null || !languages.ContainsKey("en"))
        {
            return null;
        }

        return new LexiconSet(languages, actors.Actors, groups.Groups, weapons.Weapons, targetTypes.TargetTypes, new OfficeHolders(holders.Holders));
    }

    private static void CheckOfficeHolders(IReadOnlyList<OfficeHolder> holders, IReadOnlyList<ActorEntry> actors, List<DataFileError> errors)
    {
        for (var i = 0; i < holders.Count; i++)
        {
            var h = holders[i];
            var where = $"holders[{i}] ({h.Person})";
            if (!actors.Any(a => a.Id == h.Office && a.Scope is not null))
            {
                errors.Add(new DataFileError("office-holders.json", where, "office", $"'{h.Office}' is not the id of a local office in actors.json"));
            }

            if (h.To is { } to && to < h.From)
            {
                errors.Add(new DataFileError("office-holders.json", where, "to", $"{to:yyyy-MM-dd} is before from"));
            }

            // Two people in one office on one day would make the name a guess.
            if (holders.Take(i).FirstOrDefault(o => o.Office == h.Office && OfficeHolders.Key(o.Seat) == OfficeHolders.Key(h.Seat)
                && o.From <= (h.To ?? DateOnly.MaxValue) && h.From <= (o.To ?? DateOnly.MaxValue)) is { } other)
            {
                errors.Add(new DataFileError("office-holders.json", where, "from", $"overlaps the term of {other.Person}"));
            }
        }
    }

    private static void CheckPhrases(string file, string field, IReadOnlyList<string> phrases, List<DataFileError> errors)
    {
        for (var i = 0; i < phrases.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(phrases[i]))
            {
                errors.Add(new DataFileError(file, $"{field}[{i}]", field, "empty phrase"));
                continue;
            }

            try
            {
                _ = new Regex(PhrasePattern.ToPattern(phrases[i]), RegexOptions.None, TimeSpan.FromSeconds(1));
            }
            catch (ArgumentException ex)
            {
                errors.Add(new DataFileError(file, $"{field}[{i}]", field, $"'{phrases[i]}' is not a valid phrase: {ex.Message}"));
            }
        }
    }
}
