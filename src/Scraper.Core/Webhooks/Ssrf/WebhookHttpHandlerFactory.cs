using System.Net;
using System.Net.Sockets;

namespace Scraper.Webhooks.Ssrf;

/// <summary>
/// The primary handler for webhook sends: never follows redirects, and connects only to an address
/// the guard has just vetted (the check and the connect use the same lookup, closing the rebinding gap).
/// </summary>
public static class WebhookHttpHandlerFactory
{
    public static SocketsHttpHandler Create(WebhookTargetGuard guard, TimeSpan connectTimeout) => new()
    {
        AllowAutoRedirect = false,
        UseCookies = false,
        UseProxy = false,
        ConnectTimeout = connectTimeout,
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        ConnectCallback = async (context, cancellationToken) =>
        {
            var check = await guard.ResolveHostAsync(context.DnsEndPoint.Host, cancellationToken);
            if (!check.Allowed)
            {
                throw new TargetRefusedException(check.Refusal!);
            }

            SocketException? last = null;
            foreach (var address in check.Addresses)
            {
                var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    await socket.ConnectAsync(new IPEndPoint(address, context.DnsEndPoint.Port), cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch (SocketException e)
                {
                    socket.Dispose();
                    last = e;
                }
            }

            throw last ?? new SocketException((int)SocketError.HostNotFound);
        },
    };
}
