using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.OutputCaching;

namespace ContentApi.Common.Caching;

/// <summary>
/// The tags a cached delivery answer carries, so a write evicts the answers that show what it
/// changed and no others. Features tag their answers with what they show, by the change feed's item
/// types ("article", "tag", ...); <see cref="OutputCacheEviction"/> evicts by the change records.
/// - <see cref="Item"/>: an item the answer shows (an article's page, each entry of a list);
/// - <see cref="Slug"/>: an answer filtered by an item's slug (a tag's articles), whether that item exists yet or not;
/// - <see cref="Any"/>: an answer any item of the type can change (the newest articles, search, feeds);
/// - <see cref="AnyChange"/>: an answer every public change record changes (the change feed).
/// </summary>
public static class CacheTags
{
    public const string AnyChange = "changes:*";

    public static string Item(string type, int id) => $"{type}:{id}";

    public static string Slug(string type, string slug) => $"{type}/{slug}";

    public static string Any(string type) => $"{type}:*";

    /// <summary>Tags the answer the handler is producing, when the output cache may keep it.</summary>
    public static void AddCacheTags(this HttpContext http, IEnumerable<string> tags)
    {
        if (http.Features.Get<IOutputCacheFeature>() is { } cache)
        {
            cache.Context.Tags.UnionWith(tags);
        }
    }

    /// <summary>Tags every answer of the endpoints with fixed tags (a list of every author: <see cref="Any"/>).</summary>
    public static TBuilder WithCacheTags<TBuilder>(this TBuilder builder, params string[] tags) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter<TBuilder>(async (context, next) =>
        {
            context.HttpContext.AddCacheTags(tags);
            return await next(context);
        });

    /// <summary>Tags an answer by its value (the handler's result, or the value an <see cref="IValueHttpResult"/> holds).</summary>
    public static TBuilder WithCacheTags<TBuilder, TValue>(this TBuilder builder, Func<TValue, IEnumerable<string>> tagsOf)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter<TBuilder>(async (context, next) =>
        {
            var result = await next(context);
            var inner = result is INestedHttpResult nested ? nested.Result : result;
            if (inner is TValue value)
            {
                context.HttpContext.AddCacheTags(tagsOf(value));
            }
            else if (inner is IValueHttpResult { Value: TValue held })
            {
                context.HttpContext.AddCacheTags(tagsOf(held));
            }
            return result;
        });
}
