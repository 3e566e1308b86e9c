namespace Scraper.Extraction;

/// <summary>A sentence or list item: its text and where it stands in the document (character offsets, paragraph).</summary>
public sealed record Sentence(string Text, int Start, int Paragraph)
{
    public int End => Start + Text.Length;
}
