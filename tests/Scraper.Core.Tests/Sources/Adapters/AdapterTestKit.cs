using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Scraper.Fetching;
using Scraper.Sources;
using Scraper.Storage;

namespace Scraper.Core.Tests.Sources.Adapters;

/// <summary>
/// A scripted fetcher (not storage) and real storage classes bound to an unreachable account: the
/// failure paths tested here must fail before anything is stored, so storage is never reached or faked.
/// </summary>
internal static class AdapterTestKit
{
    private const string Unreachable =
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:9/devstoreaccount1;TableEndpoint=http://127.0.0.1:9/devstoreaccount1;QueueEndpoint=http://127.0.0.1:9/devstoreaccount1";

    public static ScraperStorage UnreachableStorage() =>
        new(Options.Create(new StorageOptions { ConnectionString = Unreachable }), []);

    public static SourceDefinition Source(string adapter, string url, string optionsJson = "{}")
    {
        using var doc = JsonDocument.Parse(optionsJson);
        return new SourceDefinition
        {
            Id = "test-" + adapter,
            Name = "Test " + adapter,
            Adapter = adapter,
            Urls = [new Uri(url)],
            Languages = ["en"],
            Options = doc.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone()),
        };
    }

    public static FetchResult Ok(FetchRequest request, string body, Uri? finalUrl = null) => new()
    {
        RequestedUrl = request.Url,
        FinalUrl = finalUrl ?? request.Url,
        Status = HttpStatusCode.OK,
        Body = Encoding.UTF8.GetBytes(body),
        ContentType = "text/html",
        Charset = "utf-8",
    };
}

/// <summary>Answers each request from a script; records what was asked.</summary>
internal sealed class ScriptedFetcher(Func<FetchRequest, FetchResult> answer) : IPageFetcher
{
    public List<FetchRequest> Requests { get; } = [];

    public Task<FetchResult> FetchAsync(FetchRequest request, CancellationToken cancellationToken)
    {
        Requests.Add(request);
        return Task.FromResult(answer(request));
    }

    public Task CommitValidatorsAsync(string sourceId, FetchResult result, CancellationToken cancellationToken) => Task.CompletedTask;
}
