using System.Text.Json;
using System.Text.Json.Serialization;
using ContentApi.Common.Auth;
using ContentApi.Common.Changes;
using ContentApi.Common.Cors;
using ContentApi.Common.Caching;
using ContentApi.Common.Errors;
using ContentApi.Common.Json;
using ContentApi.Common.Hosting;
using ContentApi.Common.RateLimiting;
using ContentApi.Common.SharedState;
using ContentApi.Common.OpenApi;
using ContentApi.Common.Querying;
using ContentApi.Common.Writes;
using ContentApi.Data;
using ContentApi.Features.Articles;
using ContentApi.Features.Audit;
using ContentApi.Features.Authors;
using ContentApi.Features.Changes;
using ContentApi.Features.DonationForms;
using ContentApi.Features.Keys;
using ContentApi.Features.Site;
using ContentApi.Features.Tags;
using ContentApi.Features.Webhooks;
using ContentApi.Search;
using ContentApi.Related;
using ContentApi.Features.Feeds;
using ContentApi.Features.Import;
using ContentApi.Features.Media;
using ContentApi.Seeding;
using FluentValidation;
using Mapster;

namespace ContentApi.Common;

public static class ContentApiServices
{
    public static WebApplicationBuilder AddContentApi(this WebApplicationBuilder builder)
    {
        SharedSecrets.EnsureConfigured(builder.Configuration);
        var services = builder.Services;
        services.AddContentDatabase(builder.Configuration, builder.Environment);
        services.AddScoped<SeedImporter>().AddScoped<SeedSiteImporter>().AddScoped<SeedLoader>();
        services.AddRelatedArticles();
        // Building a validator compiles its rules, so one instance serves the app; only the write
        // validators that check references against the request's database context are per request.
        services.AddValidatorsFromAssemblyContaining<Program>(ServiceLifetime.Singleton, type => !TakesServices(type.ValidatorType));
        services.AddValidatorsFromAssemblyContaining<Program>(ServiceLifetime.Scoped, type => TakesServices(type.ValidatorType));
        services.AddSingleton(CreateMappingConfig());
        services.AddSingleton<CursorCodec>();
        services.AddSingleton(TimeProvider.System);
        services.AddApiKeys(builder.Configuration);
        services.AddSecurityDocumentation();
        services.AddWritePipeline();
        services.AddChangeRecords();
        services.AddSearchIndexing();
        services.AddAuditTrail();
        services.AddArticles();
        services.AddAuthors();
        services.AddTags();
        services.AddDonationForms();
        services.AddSite();
        services.AddKeys();
        services.AddChangeFeed();
        services.AddFeeds(builder.Configuration);
        services.AddMedia(builder.Configuration);
        services.AddWebhooks();
        services.AddWordPressImport(builder.Configuration);
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
            JsonLimits.Apply(options.SerializerOptions);
            options.SerializerOptions.TypeInfoResolverChain.Insert(0, ContentJsonContext.Default);
        });
        services.AddHttpCaching(builder.Configuration);
        services.AddContentCors(builder.Configuration);
        services.AddClientRateLimiting(builder.Configuration);
        services.AddKnownProxies(builder.Configuration);
        services.AddSharedState(builder.Configuration);
        services.AddApiProblemDetails();
        services.AddApiDocumentation();
        services.AddSingleton(sp => sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions);
        return builder;
    }

    public static TypeAdapterConfig CreateMappingConfig()
    {
        var config = new TypeAdapterConfig();
        config.Scan(typeof(Program).Assembly);
        return config;
    }

    private static bool TakesServices(Type validatorType) =>
        validatorType.GetConstructors().Any(constructor => constructor.GetParameters().Length > 0);
}
