using ContentApi.Common.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace ContentApi.Common.Writes;

/// <summary>
/// If-Match on PUT, PATCH and DELETE (RFC 9110 §13.1.1, RFC 6585 §3): a write must name the version
/// it was based on, so two editors can never silently overwrite each other.
/// </summary>
public static class Preconditions
{
    /// <summary>Answers 428 before anything else runs when the request carries no If-Match.</summary>
    public static RouteHandlerBuilder RequireIfMatch(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter(async (invocation, next) =>
            string.IsNullOrWhiteSpace(invocation.HttpContext.Request.Headers.IfMatch)
                ? TypedResults.Problem(statusCode: StatusCodes.Status428PreconditionRequired,
                    detail: "This write needs an If-Match header with the item's current ETag (from GET or the last write's response), so it cannot overwrite a change it has not seen.")
                : await next(invocation));

    /// <summary>
    /// Null when If-Match names the current ETag (or is "*"); otherwise a 412 that carries the current ETag.
    /// Weak tags never match: If-Match uses the strong comparison.
    /// </summary>
    public static ProblemHttpResult? Check(HttpContext http, string currentETag)
    {
        var header = http.Request.Headers.IfMatch.ToString();
        var matches = EntityTagHeaderValue.TryParseList(http.Request.Headers.IfMatch, out var tags)
            && tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || (!tag.IsWeak && EntityTag.WithoutCoding(tag.Tag.ToString()) == currentETag));
        if (matches)
        {
            return null;
        }
        http.Response.Headers.ETag = currentETag;
        return TypedResults.Problem(statusCode: StatusCodes.Status412PreconditionFailed,
            detail: $"If-Match {header} is not the current version: the item has changed since. Its current ETag is {currentETag} (also in the ETag header); GET it, redo the change on it, and send that.");
    }

    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, detail: detail);
}
