using Microsoft.Extensions.Options;
using Scraper.Webhooks;
using Scraper.Webhooks.Ssrf;

namespace Scraper.Core.Tests.Webhooks.Ssrf;

public sealed class WebhookTargetGuardTests
{
    private static readonly FakeResolver Dns = new(new()
    {
        ["hooks.example.com"] = ["93.184.216.34"],
        ["dual.example.com"] = ["93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946"],
        ["internal.example.com"] = ["10.1.2.3"],
        ["mixed.example.com"] = ["93.184.216.34", "192.168.1.10"],
        ["metadata.example.com"] = ["169.254.169.254"],
        ["v6private.example.com"] = ["fd00:ec2::254"],
        ["localhost"] = ["127.0.0.1", "::1"],
    });

    private static WebhookTargetGuard Guard(bool allowHttp = false, bool allowLoopback = false) =>
        new(Options.Create(new WebhookOptions { AllowHttp = allowHttp, AllowLoopback = allowLoopback }), Dns);

    [Theory]
    [InlineData("https://127.0.0.1/hook", "loopback")]
    [InlineData("https://127.1/hook", "loopback")]
    [InlineData("https://2130706433/hook", "loopback")]
    [InlineData("https://0x7f000001/hook", "loopback")]
    [InlineData("https://0x7f.0.0.1/hook", "loopback")]
    [InlineData("https://0177.0.0.1/hook", "loopback")]
    [InlineData("https://017700000001/hook", "loopback")]
    [InlineData("https://[::1]/hook", "loopback")]
    [InlineData("https://localhost/hook", "loopback")]
    [InlineData("https://10.0.0.5/hook", "private")]
    [InlineData("https://172.16.8.1/hook", "private")]
    [InlineData("https://192.168.0.1/hook", "private")]
    [InlineData("https://3232235521/hook", "private")]
    [InlineData("https://169.254.169.254/latest/meta-data", "link-local")]
    [InlineData("https://0xa9fea9fe/latest/meta-data", "link-local")]
    [InlineData("https://[fd00:ec2::254]/hook", "unique local")]
    [InlineData("https://[fe80::1]/hook", "link-local")]
    [InlineData("https://100.64.0.1/hook", "carrier-grade NAT")]
    [InlineData("https://224.0.0.251/hook", "multicast")]
    [InlineData("https://[ff02::1]/hook", "multicast")]
    [InlineData("https://0.0.0.0/hook", "unspecified")]
    [InlineData("https://[::]/hook", "unspecified")]
    [InlineData("https://[::ffff:127.0.0.1]/hook", "IPv4-mapped")]
    [InlineData("https://[::ffff:a9fe:a9fe]/hook", "IPv4-mapped")]
    [InlineData("https://[64:ff9b::a9fe:a9fe]/hook", "NAT64")]
    [InlineData("https://[2002:7f00:1::]/hook", "6to4")]
    [InlineData("https://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/hook", "Teredo")]
    [InlineData("https://255.255.255.255/hook", "broadcast")]
    [InlineData("https://198.18.0.1/hook", "benchmarking")]
    [InlineData("https://internal.example.com/hook", "private")]
    [InlineData("https://mixed.example.com/hook", "private")]
    [InlineData("https://metadata.example.com/hook", "link-local")]
    [InlineData("https://v6private.example.com/hook", "unique local")]
    [InlineData("https://unknown.example.com/hook", "could not be resolved")]
    [InlineData("http://hooks.example.com/hook", "only https")]
    [InlineData("ftp://hooks.example.com/hook", "only https")]
    [InlineData("file:///etc/passwd", "not an absolute http(s) URL")]
    [InlineData("https://user:pw@hooks.example.com/hook", "credentials")]
    [InlineData("not a url", "not an absolute")]
    public async Task CheckAsync_RefusesUnsafeTargets_SayingWhy(string url, string reason)
    {
        var check = await Guard().CheckAsync(url, CancellationToken.None);

        Assert.False(check.Allowed, url);
        Assert.Contains(reason, check.Refusal, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("https://hooks.example.com/hook")]
    [InlineData("https://dual.example.com:8443/hook?x=1")]
    [InlineData("https://93.184.216.34/hook")]
    [InlineData("https://[2606:2800:220:1:248:1893:25c8:1946]/hook")]
    public async Task CheckAsync_AllowsPublicHttpsTargets(string url)
    {
        var check = await Guard().CheckAsync(url, CancellationToken.None);

        Assert.True(check.Allowed, check.Refusal);
        Assert.NotEmpty(check.Addresses);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5000/hook")]
    [InlineData("http://localhost:5000/hook")]
    [InlineData("http://[::1]:5000/hook")]
    public async Task CheckAsync_WithAllowLoopbackAndHttp_AllowsLoopback(string url)
    {
        var check = await Guard(allowHttp: true, allowLoopback: true).CheckAsync(url, CancellationToken.None);

        Assert.True(check.Allowed, check.Refusal);
    }

    [Theory]
    [InlineData("http://169.254.169.254/")]
    [InlineData("http://10.0.0.1/")]
    [InlineData("http://[::ffff:127.0.0.1]/")]
    [InlineData("http://[fd00:ec2::254]/")]
    public async Task CheckAsync_WithAllowLoopback_StillRefusesPrivateAndMetadata(string url)
    {
        var check = await Guard(allowHttp: true, allowLoopback: true).CheckAsync(url, CancellationToken.None);

        Assert.False(check.Allowed, url);
    }

    [Fact]
    public async Task ResolveHostAsync_NameRebindingToPrivate_IsRefusedAtConnectTime()
    {
        // Registered while public; at send time the name resolves to a private address.
        var rebinding = new FakeResolver(new() { ["rebind.example.com"] = ["10.0.0.7"] });
        var guard = new WebhookTargetGuard(Options.Create(new WebhookOptions()), rebinding);

        var check = await guard.ResolveHostAsync("rebind.example.com", CancellationToken.None);

        Assert.False(check.Allowed);
        Assert.Contains("10.0.0.7", check.Refusal, StringComparison.Ordinal);
    }
}
