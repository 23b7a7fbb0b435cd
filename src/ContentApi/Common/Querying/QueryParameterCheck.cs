using System.Collections.Concurrent;
using System.Reflection;
using ContentApi.Common.Validation;
using Microsoft.AspNetCore.Mvc;

namespace ContentApi.Common.Querying;

/// <summary>Endpoint metadata: query parameters the handler binds but this endpoint does not take (nor document).</summary>
public sealed record ExcludedQueryParameters(IReadOnlySet<string> Names);

/// <summary>Endpoint metadata: query parameters a handler reads itself rather than binds (a raw upload's fields).</summary>
public sealed record ReadQueryParameters(IReadOnlyList<string> Names);

/// <summary>Endpoint metadata: query parameters this endpoint documents as required (its handler answers a 400 without them).</summary>
public sealed record RequiredQueryParameters(IReadOnlySet<string> Names);

/// <summary>
/// Every route refuses a query parameter it does not take, with a 400 listing the allowed ones: a
/// misspelt filter (`?autor=x`) must not silently widen a list, and `?cb=random` must not make a
/// fresh output-cache entry per request. Allowed: what the handler binds from the query, less the
/// names an endpoint excludes. Runs before the output cache, so a refused request never reaches it.
/// </summary>
public static class QueryParameterCheck
{
    public static IApplicationBuilder UseQueryParameterCheck(this IApplicationBuilder app)
    {
        var allowedByEndpoint = new ConcurrentDictionary<Endpoint, Allowed?>();
        return app.Use((context, next) =>
        {
            if (context.Request.QueryString.HasValue && context.GetEndpoint() is { } endpoint
                && allowedByEndpoint.GetOrAdd(endpoint, Describe) is { } allowed
                && context.Request.Query.Keys.Where(name => !allowed.Names.Contains(name)).ToList() is { Count: > 0 } unknown)
            {
                return Problems.Validation(unknown.ToDictionary(
                    name => name,
                    name => new[] { $"'{name}' is not a parameter of this endpoint. Allowed: {allowed.List}." })).ExecuteAsync(context);
            }
            return next(context);
        });
    }

    /// <summary>Names query parameters the handler binds that this endpoint does not take.</summary>
    public static RouteHandlerBuilder ExceptQueryParameters(this RouteHandlerBuilder builder, params string[] except) =>
        builder.WithMetadata(new ExcludedQueryParameters(except.ToHashSet(StringComparer.OrdinalIgnoreCase)));

    /// <summary>Names query parameters the handler reads from the request itself, so they are allowed too.</summary>
    public static RouteHandlerBuilder ReadsQueryParameters(this RouteHandlerBuilder builder, params string[] names) =>
        builder.WithMetadata(new ReadQueryParameters(names));

    public static RouteHandlerBuilder RequireQueryParameters(this RouteHandlerBuilder builder, params string[] names) =>
        builder.WithMetadata(new RequiredQueryParameters(names.ToHashSet(StringComparer.Ordinal)));

    // Only handler endpoints declare what they bind; the framework's 405 endpoint and health checks have no handler method.
    private static Allowed? Describe(Endpoint endpoint)
    {
        if (endpoint.Metadata.GetMetadata<MethodInfo>() is not { } method)
        {
            return null;
        }
        var except = endpoint.Metadata.GetOrderedMetadata<ExcludedQueryParameters>().SelectMany(e => e.Names);
        var read = endpoint.Metadata.GetOrderedMetadata<ReadQueryParameters>().SelectMany(r => r.Names);
        var names = BoundNames(method).Concat(read).Except(except, StringComparer.OrdinalIgnoreCase).ToList();
        return new Allowed(names.ToHashSet(StringComparer.OrdinalIgnoreCase), names.Count == 0 ? "none" : string.Join(", ", names));
    }

    private static IEnumerable<string> BoundNames(MethodInfo method) =>
        method.GetParameters().SelectMany(parameter => parameter.GetCustomAttribute<AsParametersAttribute>() is null
            ? Name(parameter.GetCustomAttribute<FromQueryAttribute>(), parameter.Name)
            : parameter.ParameterType.GetProperties().SelectMany(p => Name(p.GetCustomAttribute<FromQueryAttribute>(), p.Name)));

    private static IEnumerable<string> Name(FromQueryAttribute? attribute, string? name) =>
        attribute is null ? [] : [attribute.Name ?? name!];

    private sealed record Allowed(IReadOnlySet<string> Names, string List);
}
