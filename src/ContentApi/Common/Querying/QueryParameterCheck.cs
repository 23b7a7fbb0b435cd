using System.Reflection;
using ContentApi.Common.Validation;
using Microsoft.AspNetCore.Mvc;

namespace ContentApi.Common.Querying;

/// <summary>Endpoint metadata: query parameters the handler binds but this endpoint does not take (nor document).</summary>
public sealed record ExcludedQueryParameters(IReadOnlySet<string> Names);

/// <summary>Endpoint metadata: query parameters this endpoint documents as required (its handler answers a 400 without them).</summary>
public sealed record RequiredQueryParameters(IReadOnlySet<string> Names);

/// <summary>
/// A misspelt filter (`?autor=x`) must not silently widen the list: unknown query parameter names
/// are a 400 that lists the allowed ones. Allowed: what the handler binds from the query, less except.
/// </summary>
public static class QueryParameterCheck
{
    public static RouteHandlerBuilder RejectUnknownQueryParameters(this RouteHandlerBuilder builder, params string[] except)
    {
        builder.WithMetadata(new ExcludedQueryParameters(except.ToHashSet(StringComparer.OrdinalIgnoreCase)));
        return builder.AddEndpointFilterFactory((context, next) =>
        {
            var allowed = BoundNames(context.MethodInfo).Except(except, StringComparer.OrdinalIgnoreCase).ToList();
            var known = allowed.ToHashSet(StringComparer.OrdinalIgnoreCase);
            var list = allowed.Count == 0 ? "none" : string.Join(", ", allowed);
            return invocation =>
            {
                var unknown = invocation.HttpContext.Request.Query.Keys.Where(name => !known.Contains(name)).ToList();
                return unknown.Count == 0
                    ? next(invocation)
                    : ValueTask.FromResult<object?>(Problems.Validation(unknown.ToDictionary(
                        name => name,
                        name => new[] { $"'{name}' is not a parameter of this endpoint. Allowed: {list}." })));
            };
        });
    }

    public static RouteHandlerBuilder RequireQueryParameters(this RouteHandlerBuilder builder, params string[] names) =>
        builder.WithMetadata(new RequiredQueryParameters(names.ToHashSet(StringComparer.Ordinal)));

    private static IEnumerable<string> BoundNames(MethodInfo method) =>
        method.GetParameters().SelectMany(parameter => parameter.GetCustomAttribute<AsParametersAttribute>() is null
            ? Name(parameter.GetCustomAttribute<FromQueryAttribute>(), parameter.Name)
            : parameter.ParameterType.GetProperties().SelectMany(p => Name(p.GetCustomAttribute<FromQueryAttribute>(), p.Name)));

    private static IEnumerable<string> Name(FromQueryAttribute? attribute, string? name) =>
        attribute is null ? [] : [attribute.Name ?? name!];
}
