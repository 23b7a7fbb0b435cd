using System.Text.Json;
using System.Text.Json.Serialization;
using ContentApi.Common.Errors;
using ContentApi.Common.OpenApi;
using ContentApi.Data;
using ContentApi.Features.Related;
using ContentApi.Seeding;
using FluentValidation;
using Mapster;

namespace ContentApi.Common;

public static class ContentApiServices
{
    public static WebApplicationBuilder AddContentApi(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddContentDatabase(builder.Configuration, builder.Environment);
        services.AddScoped<SeedImporter>().AddScoped<SeedSiteImporter>().AddScoped<SeedLoader>();
        services.AddRelatedArticles();
        services.AddValidatorsFromAssemblyContaining<Program>(ServiceLifetime.Singleton);
        services.AddSingleton(CreateMappingConfig());
        services.ConfigureHttpJsonOptions(options =>
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase)));
        services.AddApiProblemDetails();
        services.AddApiDocumentation();
        return builder;
    }

    public static TypeAdapterConfig CreateMappingConfig()
    {
        var config = new TypeAdapterConfig();
        config.Scan(typeof(Program).Assembly);
        return config;
    }
}
