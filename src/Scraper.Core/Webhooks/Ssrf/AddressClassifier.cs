using System.Net;
using System.Net.Sockets;

namespace Scraper.Webhooks.Ssrf;

/// <summary>
/// Pure: says why an address must not be a webhook target (null = public). Tunnelling forms that
/// could reach IPv4 space (IPv4-mapped/compatible, NAT64, 6to4, Teredo) are refused outright.
/// </summary>
public static class AddressClassifier
{
    private sealed record Block(IPAddress Network, int PrefixLength, string Reason, bool IsLoopback = false);

    private static readonly Block[] Blocks =
    [
        new(IPAddress.Parse("0.0.0.0"), 8, "unspecified ('this network') address"),
        new(IPAddress.Parse("10.0.0.0"), 8, "private address (10.0.0.0/8)"),
        new(IPAddress.Parse("100.64.0.0"), 10, "carrier-grade NAT address (100.64.0.0/10)"),
        new(IPAddress.Parse("127.0.0.0"), 8, "loopback address", IsLoopback: true),
        new(IPAddress.Parse("169.254.0.0"), 16, "link-local address (169.254.0.0/16, cloud metadata)"),
        new(IPAddress.Parse("172.16.0.0"), 12, "private address (172.16.0.0/12)"),
        new(IPAddress.Parse("192.0.0.0"), 24, "IETF protocol assignment (192.0.0.0/24)"),
        new(IPAddress.Parse("192.0.2.0"), 24, "documentation address (192.0.2.0/24)"),
        new(IPAddress.Parse("192.88.99.0"), 24, "6to4 relay anycast address"),
        new(IPAddress.Parse("192.168.0.0"), 16, "private address (192.168.0.0/16)"),
        new(IPAddress.Parse("198.18.0.0"), 15, "benchmarking address (198.18.0.0/15)"),
        new(IPAddress.Parse("198.51.100.0"), 24, "documentation address (198.51.100.0/24)"),
        new(IPAddress.Parse("203.0.113.0"), 24, "documentation address (203.0.113.0/24)"),
        new(IPAddress.Parse("224.0.0.0"), 4, "multicast address"),
        new(IPAddress.Parse("240.0.0.0"), 4, "reserved or broadcast address (240.0.0.0/4)"),
        new(IPAddress.Parse("::"), 128, "unspecified address"),
        new(IPAddress.Parse("::1"), 128, "loopback address", IsLoopback: true),
        new(IPAddress.Parse("::ffff:0:0"), 96, "IPv4-mapped IPv6 address"),
        new(IPAddress.Parse("::"), 96, "IPv4-compatible IPv6 address"),
        new(IPAddress.Parse("64:ff9b::"), 96, "NAT64 address"),
        new(IPAddress.Parse("64:ff9b:1::"), 48, "local-use NAT64 address"),
        new(IPAddress.Parse("100::"), 64, "discard-only address"),
        new(IPAddress.Parse("2001::"), 32, "Teredo address"),
        new(IPAddress.Parse("2001:db8::"), 32, "documentation address (2001:db8::/32)"),
        new(IPAddress.Parse("2002::"), 16, "6to4 address"),
        new(IPAddress.Parse("fc00::"), 7, "unique local (private) IPv6 address"),
        new(IPAddress.Parse("fe80::"), 10, "link-local IPv6 address"),
        new(IPAddress.Parse("fec0::"), 10, "site-local IPv6 address"),
        new(IPAddress.Parse("ff00::"), 8, "multicast address"),
    ];

    /// <returns>Why the address is refused, or null when it may be contacted.</returns>
    public static string? Refusal(IPAddress address, bool allowLoopback)
    {
        foreach (var block in Blocks)
        {
            if (block.Network.AddressFamily == address.AddressFamily && InPrefix(address, block.Network, block.PrefixLength))
            {
                return block.IsLoopback && allowLoopback ? null : block.Reason;
            }
        }

        return address.AddressFamily is AddressFamily.InterNetwork or AddressFamily.InterNetworkV6
            ? null
            : "not an IP address";
    }

    private static bool InPrefix(IPAddress address, IPAddress network, int prefixLength)
    {
        Span<byte> a = stackalloc byte[16];
        Span<byte> n = stackalloc byte[16];
        if (!address.TryWriteBytes(a, out var length) || !network.TryWriteBytes(n, out _))
        {
            return false;
        }

        var fullBytes = prefixLength / 8;
        if (!a[..fullBytes].SequenceEqual(n[..fullBytes]))
        {
            return false;
        }

        var rest = prefixLength % 8;
        if (rest == 0 || fullBytes >= length)
        {
            return true;
        }

        var mask = (byte)(0xFF << (8 - rest));
        return (a[fullBytes] & mask) == (n[fullBytes] & mask);
    }
}
