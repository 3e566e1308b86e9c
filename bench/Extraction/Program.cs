using System.Diagnostics;
using System.Globalization;
using System.Text;
using HtmlAgilityPack;
using Scraper.Extraction;

// Usage: dotnet run -c Release --project bench/Extraction [-- FOLDER_OF_TXT...]
// For every text (default: ../shared/corpus/dev/docs plus the test fixtures) it builds a news-style HTML page
// around the text, then times (a) HtmlAgilityPack parsing that page and (b) extracting claims from the text.
// Prints per-document medians and the overall ratio extract/parse (target: <= 1).
var root = AppContext.BaseDirectory;
while (root is not null && !File.Exists(Path.Combine(root, "Scraper.sln")))
{
    root = Path.GetDirectoryName(root.TrimEnd(Path.DirectorySeparatorChar));
}

string[] defaults = root is null ? [] :
[
    Path.GetFullPath(Path.Combine(root, "..", "shared", "corpus", "dev", "docs")),
    Path.GetFullPath(Path.Combine(root, "..", "..", "shared", "corpus", "dev", "docs")),
    Path.Combine(root, "tests", "Scraper.Core.Tests", "Fixtures", "Extraction"),
];
var dirs = args.Length > 0 ? args : defaults;
var files = dirs.Where(Directory.Exists).SelectMany(d => Directory.GetFiles(d, "*.txt", SearchOption.AllDirectories)).Order(StringComparer.Ordinal).ToList();
if (files.Count == 0)
{
    Console.Error.WriteLine("no input texts found; pass a folder of .txt files");
    return 2;
}

// Say what was read: a checkout outside the workspace finds no ../shared corpus, and a ratio over fewer texts is not
// comparable with one over all of them.
Console.WriteLine($"inputs: {string.Join(", ", dirs.Where(Directory.Exists))} ({files.Count} texts)");
var extractor = new StrikeClaimExtractor();
const int Rounds = 200;
var inputs = files.Select(f => (File: f, Text: Body(File.ReadAllText(f)))).ToList();

// Warm both sides on every document first, so no document is timed while the JIT is still tiering up the
// code it shares with the others (without this the first documents measured both parse and extract slowly).
for (var pass = 0; pass < 3; pass++)
{
    foreach (var (_, text) in inputs)
    {
        var html = Page.Wrap(text);
        var input = new ExtractionInput(text, new DateOnly(2024, 1, 1));
        for (var i = 0; i < 40; i++)
        {
            new HtmlDocument().LoadHtml(html);
            extractor.Extract(input);
        }
    }

    Thread.Sleep(500);
}

double totalParse = 0, totalExtract = 0;
Console.WriteLine($"{"document",-60} {"html KB",8} {"parse µs",10} {"extract µs",11} {"ratio",6} claims");
foreach (var (file, text) in inputs)
{
    var html = Page.Wrap(text);
    var input = new ExtractionInput(text, new DateOnly(2024, 1, 1));
    var claims = extractor.Extract(input).Count;
    var parse = Median(Rounds, () => new HtmlDocument().LoadHtml(html));
    var extract = Median(Rounds, () => extractor.Extract(input));
    totalParse += parse;
    totalExtract += extract;
    var name = Path.GetRelativePath(Path.GetDirectoryName(Path.GetDirectoryName(file))!, file);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-60} {html.Length / 1024.0,8:F1} {parse,10:F0} {extract,11:F0} {extract / parse,6:F2} {claims}"));
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"TOTAL parse {totalParse:F0} µs, extract {totalExtract:F0} µs, ratio extract/parse = {totalExtract / totalParse:F2}"));
return 0;

static string Body(string raw) => raw.StartsWith("URL:", StringComparison.Ordinal) ? raw[(raw.IndexOf("\n\n", StringComparison.Ordinal) + 2)..] : raw;

static double Median(int rounds, Action action)
{
    for (var i = 0; i < 20; i++)
    {
        action();
    }

    var times = new double[rounds];
    for (var i = 0; i < rounds; i++)
    {
        var start = Stopwatch.GetTimestamp();
        action();
        times[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
    }

    Array.Sort(times);
    return times[rounds / 2];
}

/// <summary>A typical news/ministry article page: head with scripts and styles, navigation, the article, related links, footer.</summary>
internal static class Page
{
    public static string Wrap(string text)
    {
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>News</title>");
        for (var i = 0; i < 12; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<link rel=\"stylesheet\" href=\"/assets/css/site-{i}.css\"><script src=\"/assets/js/bundle-{i}.js\" defer></script>");
        }

        sb.Append("<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());</script></head><body>");
        sb.Append("<header class=\"site-header\"><nav class=\"main-nav\"><ul>");
        for (var i = 0; i < 120; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<li class=\"nav-item\"><a class=\"nav-link\" href=\"/section/{i}/topic-{i}\" data-track=\"nav-{i}\">Section {i}</a></li>");
        }

        sb.Append("</ul></nav></header><main><article class=\"article\"><h1 class=\"headline\">Article</h1><div class=\"byline\"><span>Staff</span><time datetime=\"2024-01-01\">1 January 2024</time></div><div class=\"article-body\">");
        foreach (var paragraph in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            sb.Append("<p>").Append(System.Net.WebUtility.HtmlEncode(paragraph)).Append("</p>");
        }

        sb.Append("</div></article><aside class=\"related\"><ul>");
        for (var i = 0; i < 40; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<li><a href=\"/news/{i}\"><img src=\"/img/{i}.jpg\" alt=\"Related story {i}\" loading=\"lazy\"><span>Related story number {i} headline</span></a></li>");
        }

        sb.Append("</ul></aside></main><footer><p>&copy; News Ltd</p></footer></body></html>");
        return sb.ToString();
    }
}
