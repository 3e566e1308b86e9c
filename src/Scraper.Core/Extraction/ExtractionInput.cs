namespace Scraper.Extraction;

/// <summary>What the extractor knows about a document besides its text.</summary>
/// <param name="Text">Plain text of the document (title and body).</param>
/// <param name="Published">Publication date, used to resolve relative dates; null leaves them unresolved.</param>
/// <param name="Language">ISO 639-1 code, or null to detect.</param>
/// <param name="SourceKind">ministry, news or monitor; null when unknown.</param>
/// <param name="SourceName">Name of the publishing source (used as claimant for ministry texts).</param>
public sealed record ExtractionInput(
    string Text,
    DateOnly? Published = null,
    string? Language = null,
    string? SourceKind = null,
    string? SourceName = null);
