using Azure.Core;
using Azure.Core.Pipeline;

namespace Scraper.IntegrationTests.Infrastructure;

/// <summary>
/// Counts storage calls and, when armed, fails the call after the k-th: a crash between two writes,
/// at a point chosen by the test.
/// </summary>
public sealed class FaultInjectionPolicy : HttpPipelinePolicy
{
    private int _calls;

    /// <summary>Calls allowed before the fault; null disarms.</summary>
    public int? FailAfter { get; private set; }

    public int Calls => _calls;

    public void Arm(int failAfter)
    {
        _calls = 0;
        FailAfter = failAfter;
    }

    public void Count()
    {
        _calls = 0;
        FailAfter = null;
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Check();
        ProcessNext(message, pipeline);
    }

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Check();
        return ProcessNextAsync(message, pipeline);
    }

    private void Check()
    {
        var n = Interlocked.Increment(ref _calls);
        if (FailAfter is { } k && n > k)
        {
            throw new InjectedFaultException($"injected storage fault at call {n}");
        }
    }
}

public sealed class InjectedFaultException(string message) : Exception(message);
