using Microsoft.AspNetCore.Routing.Template;

namespace ContentApi.Common.Errors;

/// <summary>Finds the methods the routes matching a path accept, for the Allow header of a 405.</summary>
internal static class AllowedMethods
{
    public static IReadOnlyList<string> For(HttpContext http)
    {
        var endpoints = http.RequestServices.GetRequiredService<EndpointDataSource>().Endpoints;
        return endpoints.OfType<RouteEndpoint>()
            .Where(endpoint => new TemplateMatcher(new RouteTemplate(endpoint.RoutePattern), [])
                .TryMatch(http.Request.Path, []))
            .SelectMany(endpoint => endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [])
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
