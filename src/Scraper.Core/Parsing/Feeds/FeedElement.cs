namespace Scraper.Parsing;

/// <summary>
/// An element found by <see cref="FeedXml"/>: its resolved name, attributes and children, and the range
/// of its content in the source so text is decoded only for the fields a mapper actually reads.
/// </summary>
internal sealed class FeedElement
{
    private static readonly List<FeedElement> NoChildren = [];

    public required string Source { get; init; }
    public required string QualifiedName { get; init; }
    public required string LocalName { get; init; }
    public required string Namespace { get; init; }
    public required IReadOnlyDictionary<string, string> Scope { get; init; }
    public List<KeyValuePair<string, string>>? Attributes { get; set; }
    public List<FeedElement>? ChildList { get; set; }
    public int InnerStart { get; set; }
    public int InnerEnd { get; set; }

    public List<FeedElement> Children => ChildList ?? NoChildren;

    /// <summary>Decoded text of the element and its descendants (CDATA unwrapped, markup dropped), trimmed.</summary>
    public string Value => FeedXml.TextOf(Source, InnerStart, InnerEnd).Trim();

    /// <summary>The raw markup inside the element (for xhtml content).</summary>
    public string InnerMarkup => Source[InnerStart..InnerEnd].Trim();

    public bool HasChildElements => ChildList is { Count: > 0 };

    public FeedElement? Child(string ns, string local)
    {
        foreach (var c in Children)
        {
            if (c.LocalName == local && c.Namespace == ns)
            {
                return c;
            }
        }

        return null;
    }

    public IEnumerable<FeedElement> ChildrenNamed(string ns, string local) => Children.Where(c => c.LocalName == local && c.Namespace == ns);

    /// <summary>Attribute by local name without prefix ("href"), or prefixed and resolved ("xml:base" → ns).</summary>
    public string? Attribute(string local, string ns = "")
    {
        if (Attributes is null)
        {
            return null;
        }

        foreach (var (name, value) in Attributes)
        {
            var colon = name.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0 ? ns.Length == 0 && name == local
                : name.AsSpan(colon + 1).SequenceEqual(local) && ResolvePrefix(name[..colon]) == ns)
            {
                return value;
            }
        }

        return null;
    }

    private string ResolvePrefix(string prefix) =>
        prefix == "xml" ? FeedXml.XmlNamespace : Scope.TryGetValue(prefix, out var ns) ? ns : prefix;
}
