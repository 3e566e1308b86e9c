using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Logging;
using Scraper.Storage;

namespace Scraper.Cli.Local;

/// <summary>
/// What the Functions host does for a queue trigger, for the CLI: receive up to 16 messages, run the
/// handler, delete on success, leave the message to reappear after the visibility timeout on failure,
/// and after 5 dequeues move it to &lt;queue&gt;-poison (host.json maxDequeueCount).
/// </summary>
internal sealed partial class LocalQueueRunner(
    ScraperStorage storage,
    string queueName,
    Func<QueueMessage, CancellationToken, Task> handler,
    ILogger logger,
    int maxDequeueCount = 5,
    TimeSpan? visibilityTimeout = null)
{
    private readonly TimeSpan _visibility = visibilityTimeout ?? TimeSpan.FromSeconds(30);

    /// <summary>Processes messages until the queue is empty; returns how many were handled successfully.</summary>
    public async Task<int> DrainAsync(CancellationToken cancellationToken)
    {
        var handled = 0;
        while (true)
        {
            var (received, ok) = await ReceiveOnceAsync(cancellationToken);
            handled += ok;
            if (received == 0)
            {
                return handled;
            }
        }
    }

    /// <summary>Polls until cancelled, backing off to 2 s when idle (host.json maxPollingInterval).</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var idle = TimeSpan.FromMilliseconds(100);
        while (!cancellationToken.IsCancellationRequested)
        {
            var (received, _) = await ReceiveOnceAsync(cancellationToken);
            idle = received > 0 ? TimeSpan.FromMilliseconds(100) : TimeSpan.FromMilliseconds(Math.Min(idle.TotalMilliseconds * 2, 2000));
            if (received == 0)
            {
                await Task.Delay(idle, cancellationToken);
            }
        }
    }

    private async Task<(int Received, int Ok)> ReceiveOnceAsync(CancellationToken cancellationToken)
    {
        var queue = storage.Queue(queueName);
        var messages = (await queue.ReceiveMessagesAsync(16, _visibility, cancellationToken)).Value;
        var results = await Task.WhenAll(messages.Select(m => HandleOneAsync(m, cancellationToken)));
        return (messages.Length, results.Count(r => r));
    }

    private async Task<bool> HandleOneAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        var queue = storage.Queue(queueName);
        try
        {
            await handler(message, cancellationToken);
            await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The edge where unexpected failures are caught: the message is retried or parked, never lost.
            if (message.DequeueCount >= maxDequeueCount)
            {
                await storage.Queue(StorageNames.Poison(queueName)).SendMessageAsync(message.Body.ToString(), cancellationToken);
                await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
                LogPoisoned(logger, queueName, message.MessageId, message.DequeueCount, ex);
            }
            else
            {
                LogFailed(logger, queueName, message.MessageId, message.DequeueCount, ex);
            }

            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Message {MessageId} on {Queue} failed (attempt {DequeueCount}); it will be retried")]
    private static partial void LogFailed(ILogger logger, string queue, string messageId, long dequeueCount, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Message {MessageId} on {Queue} failed {DequeueCount} times and was moved to the poison queue")]
    private static partial void LogPoisoned(ILogger logger, string queue, string messageId, long dequeueCount, Exception exception);
}
