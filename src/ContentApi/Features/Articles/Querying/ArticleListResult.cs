using ContentApi.Common.Http;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContentApi.Common.Paging;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;

namespace ContentApi.Features.Articles.Querying;

/// <summary>
/// A 200 with one page of article entries, each written in the shape asked for (include, fields, q).
/// OpenAPI documents it as <see cref="PagedList{T}"/> of <see cref="ArticleListEntry"/>.
/// </summary>
public sealed class ArticleListResult(PagedList<ArticleListEntry> page, ArticleListShape shape)
    : IResult, IValueHttpResult<PagedList<ArticleListEntry>>, IValueHttpResult, IStatusCodeHttpResult, IEndpointMetadataProvider, IJsonRepresentation
{
    public PagedList<ArticleListEntry> Value => page;
    object? IValueHttpResult.Value => page;
    public int? StatusCode => StatusCodes.Status200OK;

    /// <summary>What the page shows, for the output cache (see <see cref="ArticleCacheTags"/>).</summary>
    public IReadOnlyCollection<string> CacheTags { get; init; } = [];

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var json = httpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var body = ToJson(json);
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = "application/json; charset=utf-8";
        httpContext.Response.ContentLength = body.Length;
        return httpContext.Response.Body.WriteAsync(body, httpContext.RequestAborted).AsTask();
    }

    public byte[] ToJson(JsonSerializerOptions options)
    {
        var body = JsonSerializer.SerializeToNode(page, options)!.AsObject();
        foreach (var item in body["items"]!.AsArray().OfType<JsonObject>())
        {
            shape.Apply(item);
        }
        return JsonSerializer.SerializeToUtf8Bytes(body, options);
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(PagedList<ArticleListEntry>), ["application/json"]));
}
