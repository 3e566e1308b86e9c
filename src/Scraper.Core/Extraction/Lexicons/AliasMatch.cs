namespace Scraper.Extraction.Lexicons;

/// <summary>One alias found in a text: the entry it names and where it stands.</summary>
public sealed record AliasMatch<T>(T Value, int Start, int Length, string Text)
{
    public int End => Start + Length;
}
