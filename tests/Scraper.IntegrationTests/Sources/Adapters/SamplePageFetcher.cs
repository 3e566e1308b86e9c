using System.Net;
using Scraper.Fetching;
using Scraper.IntegrationTests.Infrastructure;

namespace Scraper.IntegrationTests.Sources.Adapters;

/// <summary>
/// Serves samples/&lt;day&gt;/&lt;site&gt;/&lt;path&gt; for http://replay.local/&lt;site&gt;/&lt;path&gt; without a socket
/// (query "?a=b" → file "path__a=b", like the demo's replay server). A fetcher double; storage stays real.
/// </summary>
internal sealed class SamplePageFetcher : IPageFetcher
{
    public string Day { get; set; } = "day1";

    public List<Uri> Requested { get; } = [];

    public Task<FetchResult> FetchAsync(FetchRequest request, CancellationToken cancellationToken)
    {
        Requested.Add(request.Url);
        var relative = Uri.UnescapeDataString(request.Url.AbsolutePath.TrimStart('/'));
        if (request.Url.Query.Length > 1)
        {
            relative += "__" + Uri.UnescapeDataString(request.Url.Query[1..]);
        }

        var path = Path.Combine(RepositoryRootForTests.Find(), "samples", Day, relative);
        if (!File.Exists(path))
        {
            return Task.FromResult(FetchResult.Failed(request.Url, "HTTP 404", HttpStatusCode.NotFound));
        }

        var body = File.ReadAllBytes(path);
        return Task.FromResult(new FetchResult { RequestedUrl = request.Url, FinalUrl = request.Url, Status = HttpStatusCode.OK, Body = body, Charset = "utf-8" });
    }

    public Task CommitValidatorsAsync(string sourceId, FetchResult result, CancellationToken cancellationToken) => Task.CompletedTask;
}
