using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace Scraper.Webhooks.Ssrf;

/// <summary>
/// SSRF rules for subscription URLs: https only (http by setting), no credentials in the URL, and
/// every address the host resolves to must be public. Applied when a subscription is saved and again
/// on every connect (<see cref="WebhookHttpHandlerFactory"/>), so DNS rebinding gains nothing.
/// </summary>
public sealed class WebhookTargetGuard(IOptions<WebhookOptions> options, IHostResolver resolver)
{
    private WebhookOptions Options => options.Value;

    /// <summary>Syntax, scheme and IP-literal checks (any spelling: decimal, octal, hex, IPv6); no DNS.</summary>
    public TargetCheck CheckUrl(string? url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.IsFile || string.IsNullOrEmpty(uri.Host))
        {
            return TargetCheck.Refused("the URL is not an absolute http(s) URL");
        }

        var httpAllowed = Options.AllowHttp && uri.Scheme == Uri.UriSchemeHttp;
        if (uri.Scheme != Uri.UriSchemeHttps && !httpAllowed)
        {
            return TargetCheck.Refused(Options.AllowHttp ? "only http and https URLs are allowed" : "only https URLs are allowed", uri);
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            return TargetCheck.Refused("credentials in the URL are not allowed", uri);
        }

        if (TryParseLiteral(uri.Host) is { } literal)
        {
            return Classify(uri, [literal]);
        }

        return new TargetCheck(uri, [], null);
    }

    /// <summary>Full check: <see cref="CheckUrl"/>, then resolve the host and check every address.</summary>
    public async Task<TargetCheck> CheckAsync(string? url, CancellationToken cancellationToken)
    {
        var syntax = CheckUrl(url);
        if (!syntax.Allowed || syntax.Addresses.Count > 0)
        {
            return syntax;
        }

        var resolved = await ResolveHostAsync(syntax.Url!.IdnHost, cancellationToken);
        return resolved.Allowed ? syntax with { Addresses = resolved.Addresses } : resolved with { Url = syntax.Url };
    }

    /// <summary>Resolves a host name (or literal) and checks every address; used at connect time.</summary>
    public async Task<TargetCheck> ResolveHostAsync(string host, CancellationToken cancellationToken)
    {
        if (TryParseLiteral(host) is { } literal)
        {
            return Classify(null, [literal]);
        }

        IPAddress[] addresses;
        try
        {
            addresses = await resolver.ResolveAsync(host, cancellationToken);
        }
        catch (SocketException e)
        {
            return TargetCheck.Refused($"the host '{host}' could not be resolved ({e.SocketErrorCode})");
        }

        return addresses.Length == 0 ? TargetCheck.Refused($"the host '{host}' has no addresses") : Classify(null, addresses);
    }

    private TargetCheck Classify(Uri? uri, IPAddress[] addresses)
    {
        foreach (var address in addresses)
        {
            if (AddressClassifier.Refusal(address, Options.AllowLoopback) is { } reason)
            {
                return TargetCheck.Refused($"the target resolves to {address}, a {reason}", uri);
            }
        }

        return new TargetCheck(uri, addresses, null);
    }

    /// <summary>IP literals in every spelling System.Net accepts (dotted, decimal, octal, hex, [IPv6]).</summary>
    private static IPAddress? TryParseLiteral(string host)
    {
        var h = host.Trim('[', ']');
        return IPAddress.TryParse(h, out var ip) ? ip : null;
    }
}
