using System.Reflection;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Scraper.Api;
using Scraper.IntegrationTests.Infrastructure;

namespace Scraper.IntegrationTests.Api;

/// <summary>Every shared route is an Azure Function with the same route, method and key level, and vice versa.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class RouteParityTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task EveryApiRoute_HasAFunctionWithSameRouteMethodAndKeyLevel()
    {
        await using var host = await ScraperTestHost.StartAsync(azurite);
        var routes = host.Services.GetServices<IApiRouteProvider>().SelectMany(p => p.GetRoutes()).ToList();
        var functions = typeof(Scraper.Functions.Http.ApiActionResult).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods())
            .Select(m => (Name: m.GetCustomAttribute<FunctionAttribute>()?.Name, Trigger: m.GetParameters().Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()).FirstOrDefault(a => a is not null)))
            .Where(f => f.Trigger is not null)
            .ToDictionary(f => f.Name!, f => f.Trigger!);

        foreach (var route in routes)
        {
            Assert.True(functions.TryGetValue(route.Name, out var trigger), $"no Azure Function named {route.Name} for {route.Method} /api/{route.Pattern}");
            Assert.Equal(route.Pattern, trigger.Route);
            Assert.Contains(route.Method, trigger.Methods!, StringComparer.OrdinalIgnoreCase);
            var expected = route.Access switch { ApiAccess.Anonymous => AuthorizationLevel.Anonymous, ApiAccess.Read => AuthorizationLevel.Function, _ => AuthorizationLevel.Admin };
            Assert.True(expected == trigger.AuthLevel, $"{route.Name}: expected {expected}, function has {trigger.AuthLevel}");
        }

        Assert.Equal(functions.Keys.Order(), routes.Select(r => r.Name).Order());
    }
}
