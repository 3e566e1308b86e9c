namespace Scraper.Sources;

/// <summary>Who publishes: a belligerent's ministry or military, a news outlet, or an independent monitor.</summary>
public enum SourceKind
{
    Ministry,
    News,
    Monitor,
}
