using System.Net;
using System.Net.Sockets;

namespace Scraper.Fetching;

/// <summary>
/// SSRF guard at connect time (after DNS, so rebinding cannot slip past): link-local addresses (cloud
/// metadata endpoints such as 169.254.169.254), multicast and unspecified addresses are always refused;
/// private, CGNAT, unique-local and loopback ranges too unless <c>Fetching:BlockPrivateNetworks</c> is off.
/// </summary>
public static class EgressGuard
{
    public static async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, bool blockPrivate, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
        var allowed = addresses.Where(a => Refusal(a, blockPrivate) is null).ToArray();
        if (allowed.Length == 0)
        {
            var why = addresses.Length == 0 ? "no address" : $"{addresses[0]} is {Refusal(addresses[0], blockPrivate)}";
            throw new EgressRefusedException($"refused to connect to {host}: {why}");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException)
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>Why an address may not be contacted, or null when it may.</summary>
    public static string? Refusal(IPAddress address, bool blockPrivate)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        var b = address.GetAddressBytes();
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            return b[0] == 169 && b[1] == 254 ? "link-local (cloud metadata range)"
                : b[0] == 0 || b[0] >= 224 ? "unspecified, multicast or reserved"
                : !blockPrivate ? null
                : b[0] == 127 ? "loopback"
                : b[0] == 10 || (b[0] == 172 && b[1] is >= 16 and <= 31) || (b[0] == 192 && b[1] == 168) ? "private"
                : b[0] == 100 && b[1] is >= 64 and <= 127 ? "carrier-grade NAT"
                : null;
        }

        return address.IsIPv6LinkLocal || (b[0] == 0xfd && b[1] == 0x00 && b[2] == 0x0e && b[3] == 0xc2) ? "link-local or cloud metadata"
            : address.IsIPv6Multicast || address.Equals(IPAddress.IPv6Any) ? "unspecified or multicast"
            : !blockPrivate ? null
            : IPAddress.IsLoopback(address) ? "loopback"
            : (b[0] & 0xfe) == 0xfc ? "unique-local (private)"
            : null;
    }
}

/// <summary>The guard refused an address: a final answer, never retried.</summary>
public sealed class EgressRefusedException(string message) : HttpRequestException(message);
