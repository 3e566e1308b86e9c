using System.Net;
using Scraper.Fetching;

namespace Scraper.Core.Tests.Fetching;

public sealed class EgressGuardTests
{
    [Theory]
    [InlineData("169.254.169.254", false, true)]
    [InlineData("fd00:ec2::254", false, true)]
    [InlineData("fe80::1", false, true)]
    [InlineData("::ffff:169.254.169.254", false, true)]
    [InlineData("127.0.0.1", false, false)]
    [InlineData("127.0.0.1", true, true)]
    [InlineData("10.1.2.3", true, true)]
    [InlineData("172.20.0.1", true, true)]
    [InlineData("192.168.1.1", true, true)]
    [InlineData("100.64.0.1", true, true)]
    [InlineData("::1", true, true)]
    [InlineData("fc00::1", true, true)]
    [InlineData("93.184.216.34", true, false)]
    [InlineData("2606:2800:220:1::1", true, false)]
    public void Refusal_BlocksMetadataAlways_PrivateOnlyWhenAsked(string address, bool blockPrivate, bool refused)
    {
        Assert.Equal(refused, EgressGuard.Refusal(IPAddress.Parse(address), blockPrivate) is not null);
    }
}
