using System.Globalization;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Http.Metadata;

namespace ContentApi.Common.Paging;

/// <summary>
/// RFC 8288 Link headers (next, prev, first, last where known) and X-Total-Count on list answers.
/// The links repeat the request's own query, with only page or after changed.
/// </summary>
public static class PageLinks
{
    public const string TotalCountHeader = "X-Total-Count";

    /// <summary>Adds the headers to every list answer of the endpoints it is put on.</summary>
    public static TBuilder WithPageLinks<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (invocation, next) =>
        {
            var result = await next(invocation);
            var inner = result is INestedHttpResult nested ? nested.Result : result;
            if (inner is IValueHttpResult { Value: IPagedList list })
            {
                Write(invocation.HttpContext, list.Meta);
            }
            return result;
        });

    public static void Write(HttpContext http, PageMeta meta)
    {
        var links = new List<string>();
        void Add(string rel, string? page, string? after) => links.Add($"<{Url(http.Request, page, after)}>; rel=\"{rel}\"");

        if (meta.Page is { } page && meta.Pages is { } pages)
        {
            if (page < pages)
            {
                Add("next", Number(page + 1), null);
            }
            if (page > 1 && pages > 0)
            {
                Add("prev", Number(Math.Min(page - 1, pages)), null);
            }
            Add("first", Number(1), null);
            if (pages > 0)
            {
                Add("last", Number(pages), null);
            }
        }
        else
        {
            if (meta.NextCursor is { } cursor)
            {
                Add("next", null, cursor);
            }
            Add("first", null, null);
        }
        http.Response.Headers.Link = string.Join(", ", links);
        if (meta.Total is { } total)
        {
            http.Response.Headers[TotalCountHeader] = Number(total);
        }
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Url(HttpRequest request, string? page, string? after)
    {
        var query = new QueryBuilder(request.Query
            .Where(p => !p.Key.Equals("page", StringComparison.OrdinalIgnoreCase) && !p.Key.Equals("after", StringComparison.OrdinalIgnoreCase))
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string>(p.Key, v ?? ""))));
        if (page is not null)
        {
            query.Add("page", page);
        }
        if (after is not null)
        {
            query.Add("after", after);
        }
        return UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase, request.Path, query.ToQueryString());
    }
}
