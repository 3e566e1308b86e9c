using System.Net;
using System.Net.Sockets;
using Scraper.Webhooks.Ssrf;

namespace Scraper.Core.Tests.Webhooks.Ssrf;

/// <summary>A DNS table for tests; unknown names do not resolve.</summary>
internal sealed class FakeResolver(Dictionary<string, string[]> names) : IHostResolver
{
    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) =>
        names.TryGetValue(host, out var a)
            ? Task.FromResult(a.Select(IPAddress.Parse).ToArray())
            : Task.FromException<IPAddress[]>(new SocketException((int)SocketError.HostNotFound));
}
