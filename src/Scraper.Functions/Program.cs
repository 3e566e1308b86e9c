using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using Scraper.Functions.Telemetry;
using Scraper.Hosting;

// Table of contents: the worker, ASP.NET Core integration for HTTP triggers, and the one registration
// shared with the CLI and the tests.
var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.Services.AddScraper(builder.Configuration);
builder.Services.AddScraperTelemetry(builder.Configuration); // "Scraper" meter -> Application Insights (Azure only)
builder.Build().Run();
