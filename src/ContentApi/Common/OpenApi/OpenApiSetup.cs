using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace ContentApi.Common.OpenApi;

public static class OpenApiSetup
{
    public const string DocumentName = "v1";
    public const string DocumentPath = "/swagger/v1/swagger.json";

    public static IServiceCollection AddApiDocumentation(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc(DocumentName, new OpenApiInfo
            {
                Title = "ContentApi",
                Version = "v1",
                Description = ApiDescription.Text,
                Contact = new OpenApiContact { Name = "ContentApi maintainers (see README.md)" },
                License = new OpenApiLicense { Name = "Proprietary: The Liberum's content, all rights reserved" },
            });
            // Relative: Swagger UI and clients then call the host that served this document, on any port.
            options.AddServer(new OpenApiServer { Url = "/", Description = "The host that serves this document" });
            options.IncludeXmlComments(Path.Combine(AppContext.BaseDirectory, "ContentApi.xml"), includeControllerXmlComments: false);
            options.SupportNonNullableReferenceTypes();
            // A $ref cannot carry "nullable" or a description in OpenAPI 3.0; allOf lets it.
            options.UseAllOfToExtendReferenceSchemas();
            options.SchemaFilter<RequiredPropertiesSchemaFilter>();
            options.SchemaFilter<SchemaExamplesFilter>();
            options.SchemaFilter<HttpUrlSchemaFilter>();
            options.ParameterFilter<IntegerParameterFilter>();
            options.ParameterFilter<TextParameterFilter>();
            options.OperationFilter<QueryParametersOperationFilter>();
            options.OperationFilter<ExamplesOperationFilter>();
            options.OperationFilter<MediaExamplesOperationFilter>();
            options.OperationFilter<ProblemExamplesOperationFilter>();
            options.OperationFilter<HttpCachingOperationFilter>();
            options.DocumentFilter<NullableReferencesDocumentFilter>();
            options.DocumentFilter<ResponseHeadersDocumentFilter>();
            options.DocumentFilter<MergePatchDocumentFilter>();
            options.DocumentFilter<IfMatchDocumentFilter>();
        });
        return services;
    }

    public static WebApplication UseApiDocumentation(this WebApplication app)
    {
        app.UseSwagger();
        app.UseSwaggerUI(options =>
        {
            options.SwaggerEndpoint(DocumentPath, "ContentApi v1");
            options.DocumentTitle = "ContentApi";
            options.DisplayOperationId();
        });
        return app;
    }
}
