using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Scraper.Api;
using Scraper.Diffs;
using Scraper.Polling;
using Scraper.Webhooks.Delivery;
using Scraper.Webhooks.Ssrf;
using Scraper.Webhooks.Subscriptions;

namespace Scraper.Webhooks;

/// <summary>Webhook registrations, called from AddScraper.</summary>
public static class WebhookServiceCollectionExtensions
{
    public static IServiceCollection AddScraperWebhooks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WebhookOptions>().Bind(configuration.GetSection(WebhookOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();

        services.TryAddSingleton<IHostResolver, DnsHostResolver>();
        services.AddSingleton<WebhookTargetGuard>();
        services.AddSingleton<SubscriptionStore>();
        services.AddSingleton<DeliveryLogStore>();
        services.AddSingleton<DeliveryQueue>();
        services.AddSingleton<WebhookSender>();
        services.AddSingleton<WebhookDeliveryProcessor>();
        services.AddSingleton<WebhookPublisher>();
        services.AddSingleton<IWebhookPublisher>(sp => sp.GetRequiredService<WebhookPublisher>());
        services.AddSingleton<IClaimChangeSink>(sp => sp.GetRequiredService<WebhookPublisher>());
        services.AddSingleton<WebhookPipelineSinks>();
        services.AddSingleton<IDiffPublishedSink>(sp => sp.GetRequiredService<WebhookPipelineSinks>());
        services.AddSingleton<ISourceHealthSink>(sp => sp.GetRequiredService<WebhookPipelineSinks>());
        services.AddSingleton<SubscriptionsApi>();
        services.AddSingleton<IApiRouteProvider, SubscriptionsApiRoutes>();

        services.AddHttpClient(WebhookSender.ClientName, c => c.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(sp => WebhookHttpHandlerFactory.Create(
                sp.GetRequiredService<WebhookTargetGuard>(), sp.GetRequiredService<IOptions<WebhookOptions>>().Value.DeliveryTimeout));
        return services;
    }
}
