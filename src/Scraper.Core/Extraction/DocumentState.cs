using Scraper.Extraction.Lexicons;

namespace Scraper.Extraction;

/// <summary>What carries over between sentences of one document: issuer, last date, place, claimant and attacker.</summary>
internal sealed class DocumentState
{
    public required string Language { get; init; }
    public required LanguageLexicon Lex { get; init; }
    public required ExtractionInput Input { get; init; }
    public ActorEntry? Issuer { get; set; }

    /// <summary>
    /// The oblast the issuer's signature names ("Іван Федоров, начальник Запорізької ОВА"), or the one oblast of the
    /// lead citing a relayed official: whom a regional official speaks for.
    /// </summary>
    public Geo.GazetteerEntry? IssuerRegion { get; set; }

    /// <summary>The region a regional official was last named with ("the Sumy regional military administration said"), for "it said" later.</summary>
    public Dictionary<string, Geo.GazetteerEntry> SeatByActor { get; } = new(StringComparer.Ordinal);
    public ActorEntry? RelayClaimant { get; set; }

    /// <summary>The ministry of the state a news lead quotes ("Russia says ..."): who "the Defence Ministry" is.</summary>
    public ActorEntry? LeadMinistry { get; set; }

    /// <summary>The first sentence the relayed statement covers: the one before its first attribution (a headline).</summary>
    public int RelayFrom { get; set; }

    /// <summary>A report relaying several issuers in turn: from which sentence each one's statement is relayed.</summary>
    public List<(int From, ActorEntry Issuer)> RelaySequence { get; } = [];

    /// <summary>A strike sentence ending in a colon whose lines below list the sites struck ("Among the targets:"), else -1.</summary>
    public int StrikeListIntro { get; set; } = -1;

    /// <summary>The sentence being read.</summary>
    public int Current { get; set; }
    public DateMention? LastDate { get; set; }
    public PlaceMention? LastPlace { get; set; }

    /// <summary>The sentence <see cref="LastPlace"/> was claimed in.</summary>
    public int LastPlaceSentence { get; set; } = -1;
    public ActorEntry? LastClaimant { get; set; }
    public string? LastAttacker { get; set; }
    public bool PreviousWasAttributed { get; set; }
    /// <summary>"The enemy" was the subject of a strike earlier on, so an unnamed attacker later is the enemy too.</summary>
    public bool EnemyActs { get; set; }

    /// <summary>Where the actor or pronoun ("its own drones") the current sentence's attacker was read from stands, else -1.</summary>
    public int AttackerAt { get; set; } = -1;
    public Dictionary<string, string> AttackerByCountry { get; } = new(StringComparer.Ordinal);

    /// <summary>The person named with an official (by actor id, in Latin letters), and the stem of their surname as
    /// written, so a later "сообщал Гладков" or "Terekhov wrote" is that official.</summary>
    public Dictionary<string, string> PersonByActor { get; } = new(StringComparer.Ordinal);

    /// <summary>The region (English name, once a claim placed it) the person last named with an official's title spoke for, and the sentence naming them.</summary>
    public Dictionary<string, (string? Seat, int Sentence)> PersonNamedAt { get; } = new(StringComparer.Ordinal);

    public List<(string SurnameStem, ActorEntry Actor, string Person, Geo.GazetteerEntry? Seat)> NamedOfficials { get; } = [];

    /// <summary>How the official who spoke last was named there, for the sentences that go on with their account.</summary>
    public (string ActorId, string Name)? LastNamed { get; set; }

    /// <summary>Actor aliases per sentence, found once: the issuer search and the sentence pass both need them.</summary>
    public required IReadOnlyList<AliasMatch<ActorEntry>>?[] ActorsBySentence { get; init; }
}
