using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ContentApi.Common.OpenApi;

/// <summary>Describes the write path's problems (401, 403, 409, 412, 413, 415, 428), each with an example.</summary>
internal sealed class WriteProblemsOperationFilter(JsonSerializerOptions json) : IOperationFilter
{
    private static readonly Dictionary<string, (string Description, string Type, string Title, string Detail)> Problems = new()
    {
        ["401"] = ("No API key, or an unknown or revoked one. `WWW-Authenticate: Bearer` says how to send one.",
            "https://tools.ietf.org/html/rfc9110#section-15.5.2", "Unauthorized",
            "This operation needs an API key with the content:write scope, sent as 'Authorization: Bearer <key>' or 'X-Api-Key: <key>'."),
        ["403"] = ("The key lacks a scope this operation needs (a read-only key on a write, a content key on key management); `WWW-Authenticate: Bearer error=\"insufficient_scope\"` names it.",
            "https://tools.ietf.org/html/rfc9110#section-15.5.4", "Forbidden",
            "The API key 'website' has the scope(s) content:read; this operation needs content:write."),
        ["409"] = ("The slug is taken by another item, or a reference changed meanwhile; nothing was written.",
            "https://tools.ietf.org/html/rfc9110#section-15.5.10", "Conflict",
            "The slug 'in-retaliation-to-airstrike-us-forces-receive-rocket-attack-in-syria' is taken by article 1. Choose another, or leave slug out to derive a free one from the title."),
        ["412"] = ("If-Match names an older version: someone changed the item since. The `ETag` header carries the current one.",
            "https://tools.ietf.org/html/rfc9110#section-15.5.13", "Precondition Failed",
            "If-Match \"q1T9x0ZbFf3dNEpcdBsw1w\" is not the current version: the item has changed since. Its current ETag is \"kV2JxH0lY3m0yZ8wbnYp4g\" (also in the ETag header); GET it, redo the change on it, and send that."),
        ["413"] = ("The body is larger than Limits:MaxRequestBodyBytes (1 MiB by default).",
            "https://tools.ietf.org/html/rfc9110#section-15.5.14", "Content Too Large",
            "The request body is 2097152 bytes; at most 1048576 bytes are accepted (Limits:MaxRequestBodyBytes)."),
        ["415"] = ("The body is not JSON (`application/json`; a PATCH may also be `application/merge-patch+json`).",
            "https://tools.ietf.org/html/rfc9110#section-15.5.16", "Unsupported Media Type",
            "Expected a supported JSON media type but got \"text/plain\". Send the body as application/json (a PATCH as application/merge-patch+json)."),
        ["428"] = ("No If-Match header: send the ETag the item had when you read it.",
            "https://tools.ietf.org/html/rfc6585#section-3", "Precondition Required",
            "This write needs an If-Match header with the item's current ETag (from GET or the last write's response), so it cannot overwrite a change it has not seen."),
    };

    public static OpenApiResponse ProblemResponse() => new()
    {
        Content = new Dictionary<string, IOpenApiMediaType>
        {
            ["application/problem+json"] = new OpenApiMediaType { Schema = new OpenApiSchemaReference(nameof(ProblemDetails)) },
        },
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var path = "/" + context.ApiDescription.RelativePath?.TrimEnd('/');
        foreach (var (status, problem) in Problems)
        {
            if (operation.Responses?.TryGetValue(status, out var found) != true || found is not OpenApiResponse response)
            {
                continue;
            }
            response.Description = problem.Description;
            if (response.Content?.TryGetValue("application/problem+json", out var media) == true && media is OpenApiMediaType writable)
            {
                writable.Example = JsonSerializer.SerializeToNode(new ProblemDetails
                {
                    Type = problem.Type,
                    Title = problem.Title,
                    Status = int.Parse(status, System.Globalization.CultureInfo.InvariantCulture),
                    Detail = problem.Detail,
                    Instance = path,
                }, json);
            }
        }
    }
}
