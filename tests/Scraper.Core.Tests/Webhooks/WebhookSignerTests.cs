using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Scraper.Webhooks;
using StandardWebhooks;

namespace Scraper.Core.Tests.Webhooks;

public sealed class WebhookSignerTests
{
    private static readonly DateTimeOffset At = DateTimeOffset.FromUnixTimeSeconds(1_764_000_000);

    [Fact]
    public void Sign_IsHmacSha256OfIdTimestampBody_WithTheDecodedSecret()
    {
        var secret = WebhookSecret.Generate();
        const string body = """{"type":"claim.created","data":{"claim_id":"c1"}}""";

        var header = WebhookSigner.Sign("c1-v000001", At, body, [secret]);

        var key = Convert.FromBase64String(secret["whsec_".Length..]);
        var expected = Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"c1-v000001.{At.ToUnixTimeSeconds()}.{body}")));
        Assert.Equal("v1," + expected, header);
    }

    [Fact]
    public void Sign_WithTwoSecrets_SendsBothSignaturesSpaceSeparated_EachVerifying()
    {
        string oldSecret = WebhookSecret.Generate(), newSecret = WebhookSecret.Generate();
        const string body = "{}";

        var header = WebhookSigner.Sign("id1", At, body, [newSecret, oldSecret]);

        Assert.Equal(2, header.Split(' ').Length);
        Assert.All(header.Split(' '), s => Assert.StartsWith("v1,", s, StringComparison.Ordinal));
        Assert.Contains(new StandardWebhook(oldSecret).Sign("id1", At, body), header, StringComparison.Ordinal);
        Assert.Contains(new StandardWebhook(newSecret).Sign("id1", At, body), header, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_Gives32RandomBytesWithPrefix()
    {
        var a = WebhookSecret.Generate();

        Assert.StartsWith("whsec_", a, StringComparison.Ordinal);
        Assert.Equal(32, Convert.FromBase64String(a[6..]).Length);
        Assert.NotEqual(a, WebhookSecret.Generate());
        Assert.True(WebhookSecret.IsWellFormed(a));
        Assert.False(WebhookSecret.IsWellFormed("whsec_c2hvcnQ="));
    }

    [Fact]
    public void Verify_OriginalBodyPasses_TamperedBodyIsRejected()
    {
        var secret = WebhookSecret.Generate();
        var now = TimeProvider.System.GetUtcNow();
        var headers = new HeaderDictionary
        {
            [WebhookSigner.IdHeader] = "id1",
            [WebhookSigner.TimestampHeader] = WebhookSigner.Timestamp(now),
            [WebhookSigner.SignatureHeader] = WebhookSigner.Sign("id1", now, "{\"a\":1}", [secret]),
        };

        new StandardWebhook(secret).Verify("{\"a\":1}", headers);
        Assert.ThrowsAny<Exception>(() => new StandardWebhook(secret).Verify("{\"a\":2}", headers));
    }
}
