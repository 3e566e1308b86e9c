using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Scraper.Parsing;

// Times Scraper's parsers on the same inputs the node references get (see run.sh), single-threaded,
// one warm-up pass, then the best of the timed passes.
//   articles HTML_DIR PREDICTIONS.ndjson [passes]   -> pages/s, predictions for score_articles.py
//   feeds FEED_DIR [passes]                          -> items/s
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: articles HTML_DIR OUT.ndjson [passes] | feeds FEED_DIR [passes]");
    return 2;
}

var passes = int.Parse(args.Length > (args[0] == "articles" ? 3 : 2) ? args[^1] : "3", CultureInfo.InvariantCulture);
if (args[0] == "articles")
{
    var pages = Directory.GetFiles(args[1], "*.html.gz").Order(StringComparer.Ordinal)
        .Select(f => (File: f, Html: Gunzip(f))).ToList();
    var results = new string[pages.Count];
    var best = TimeSpan.MaxValue;
    for (var pass = 0; pass <= passes; pass++)
    {
        var sw = Stopwatch.StartNew();
        for (var i = 0; i < pages.Count; i++)
        {
            results[i] = ArticleExtractor.Extract(pages[i].Html).Text;
        }

        if (pass > 0 && sw.Elapsed < best)
        {
            best = sw.Elapsed;
        }
    }

    await using (var output = new StreamWriter(args[2], false, new UTF8Encoding(false)))
    {
        for (var i = 0; i < pages.Count; i++)
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(new { file = pages[i].File, text = results[i] }));
        }
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"scraper articles: {pages.Count} pages in {best.TotalMilliseconds:F0} ms = {pages.Count / best.TotalSeconds:F1} pages/s"));
    return 0;
}

var feeds = Directory.GetFiles(args[1]).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
var items = 0;
var fastest = TimeSpan.MaxValue;
for (var pass = 0; pass <= passes; pass++)
{
    items = 0;
    var sw = Stopwatch.StartNew();
    foreach (var feed in feeds)
    {
        items += FeedParser.Parse(feed, null).Feed?.Items.Count ?? 0;
    }

    if (pass > 0 && sw.Elapsed < fastest)
    {
        fastest = sw.Elapsed;
    }
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"scraper feeds: {feeds.Count} feeds, {items} items in {fastest.TotalMilliseconds:F1} ms = {items / fastest.TotalSeconds:F0} items/s"));
return 0;

static string Gunzip(string path)
{
    using var gz = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
    using var reader = new StreamReader(gz, Encoding.UTF8);
    return reader.ReadToEnd();
}
