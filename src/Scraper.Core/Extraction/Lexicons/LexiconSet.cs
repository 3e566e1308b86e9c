namespace Scraper.Extraction.Lexicons;

/// <summary>All lexicons: one per language plus the shared actor, group, weapon and target-type lists.</summary>
public sealed class LexiconSet
{
    internal LexiconSet(IReadOnlyDictionary<string, LanguageLexicon> languages, IReadOnlyList<ActorEntry> actors, IReadOnlyList<NamedAliases> groups, IReadOnlyList<NamedAliases> weapons, IReadOnlyList<NamedAliases> targetTypes, OfficeHolders officeHolders)
    {
        OfficeHolders = officeHolders;
        Languages = languages;
        Actors = new AliasMatcher<ActorEntry>(actors.SelectMany(a => a.Aliases.Select(x => (x, a))));
        ActorsById = actors.ToDictionary(a => a.Id, StringComparer.Ordinal);
        EnemyByCountry = actors.Where(a => a is { Country: not null, Enemy: not null }).ToDictionary(a => a.Country!, a => a.Enemy!, StringComparer.Ordinal);
        Groups = new AliasMatcher<NamedAliases>(groups.SelectMany(g => g.Aliases.Select(x => (x, g))));
        Weapons = new AliasMatcher<NamedAliases>(weapons.SelectMany(g => g.Aliases.Select(x => (x, g))));
        TargetTypes = new AliasMatcher<NamedAliases>(targetTypes.SelectMany(g => g.Aliases.Select(x => (x, g))));
        Version = string.Join('+', languages.Values.OrderBy(l => l.Language, StringComparer.Ordinal).Select(l => l.Language + l.Version));
    }

    public IReadOnlyDictionary<string, LanguageLexicon> Languages { get; }
    public AliasMatcher<ActorEntry> Actors { get; }
    public IReadOnlyDictionary<string, ActorEntry> ActorsById { get; }

    /// <summary>Who strikes a state's territory when a text names no attacker (its enemy), by ISO country code.</summary>
    public IReadOnlyDictionary<string, string> EnemyByCountry { get; }
    public AliasMatcher<NamedAliases> Groups { get; }
    public AliasMatcher<NamedAliases> Weapons { get; }
    public AliasMatcher<NamedAliases> TargetTypes { get; }
    public string Version { get; }

    /// <summary>Who held a local office when: the name of an unsigned governor's or mayor's post.</summary>
    public OfficeHolders OfficeHolders { get; }

    public LanguageLexicon For(string language) => Languages.GetValueOrDefault(language) ?? Languages["en"];
}
