using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Scraper.Fetching;

/// <summary>The named HttpClient the fetcher uses (IHttpClientFactory keeps handlers pooled and DNS fresh).</summary>
public static class FetchClientRegistration
{
    public static IServiceCollection AddScraperFetchClient(this IServiceCollection services)
    {
        services.AddHttpClient(HttpPageFetcher.ClientName, (sp, client) =>
            {
                var o = sp.GetRequiredService<IOptions<FetchOptions>>().Value;
                client.DefaultRequestHeaders.UserAgent.ParseAdd(o.UserAgent);
                // Timeouts are the fetcher's (attempt, total); HttpClient's own would cut a body read short.
                client.Timeout = Timeout.InfiniteTimeSpan;
            })
            .ConfigurePrimaryHttpMessageHandler(sp =>
            {
                var o = sp.GetRequiredService<IOptions<FetchOptions>>().Value;
                return new SocketsHttpHandler
                {
                    // The body cap counts decompressed bytes, so a gzip bomb stops at the cap.
                    AutomaticDecompression = System.Net.DecompressionMethods.All,
                    // Redirects are followed by the fetcher so every hop is re-checked (scheme, robots, pause).
                    AllowAutoRedirect = false,
                    ConnectTimeout = o.ConnectTimeout,
                    UseCookies = false,
                    PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                    ConnectCallback = (context, token) => EgressGuard.ConnectAsync(context, o.BlockPrivateNetworks, token),
                };
            })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        return services;
    }
}
