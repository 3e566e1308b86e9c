namespace Scraper.Claims;

/// <summary>What happened to a claim in one version.</summary>
public enum ChangeKind
{
    Added,
    Changed,
    Removed,
}
