namespace Scraper.Extraction;

/// <summary>The headline: the first line, one or two sentences without a final full stop, before the body.</summary>
public sealed partial class StrikeClaimExtractor
{
    private static bool InHeadline(string text, IReadOnlyList<Sentence> sentences, int i)
    {
        var lineEnd = sentences.Count > 1 ? text.IndexOf('\n', sentences[0].Start) : -1;
        if (lineEnd < 0)
        {
            return false;
        }

        // "Генштаб ВСУ заявил об ударе по Саратовскому НПЗ. Губернатор сообщил о повреждении ..." is one headline line.
        var inLine = 0;
        while (inLine < sentences.Count && sentences[inLine].End <= lineEnd)
        {
            inLine++;
        }

        return inLine is 1 or 2 && i < inLine && sentences.Count > inLine && !sentences[inLine - 1].Text.TrimEnd().EndsWith('.');
    }
}
