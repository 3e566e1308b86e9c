using System.Xml;
using System.Xml.Linq;

namespace Scraper.Parsing;

/// <summary>
/// The only way feeds and sitemaps are loaded as XML: DTDs ignored, no resolver (no external entities),
/// entity expansion capped, size capped. A hostile document fails here or loses its entities; it never
/// expands or reaches out.
/// </summary>
public static class SafeXml
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        MaxCharactersFromEntities = 4096,
        MaxCharactersInDocument = 64L * 1024 * 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CheckCharacters = false,
        ConformanceLevel = ConformanceLevel.Document,
    };

    public static bool TryLoad(string xml, out XDocument document, out string? error)
    {
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), Settings);
            document = XDocument.Load(reader, LoadOptions.None);
            error = null;
            return document.Root is not null;
        }
        catch (XmlException ex)
        {
            document = new XDocument();
            error = ex.Message;
            return false;
        }
    }
}
