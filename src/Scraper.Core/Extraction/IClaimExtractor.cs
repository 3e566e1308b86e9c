namespace Scraper.Extraction;

/// <summary>Turns a document's text into strike claims. Pure: no I/O.</summary>
public interface IClaimExtractor
{
    /// <summary>Version stamped on every claim; bump it when output for the same text can change.</summary>
    string Version { get; }

    IReadOnlyList<StrikeClaim> Extract(ExtractionInput input);
}
