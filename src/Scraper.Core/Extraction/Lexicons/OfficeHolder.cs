namespace Scraper.Extraction.Lexicons;

/// <summary>
/// Who held a local office (an <see cref="ActorEntry"/> with a scope: "governor", "mayor") for a region or city, and
/// when (data/lexicons/office-holders.json): an unsigned post of "the regional governor" is that person's.
/// </summary>
/// <param name="Seat">The region or city as claimants are named ("Belgorod", "Kharkiv").</param>
/// <param name="To">Last day in office; null while in office as far as the file knows.</param>
public sealed record OfficeHolder(string Office, string Seat, string Country, string Person, DateOnly From, DateOnly? To);
