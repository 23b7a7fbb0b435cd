using ContentApi.Common.Errors;

namespace ContentApi.Common.Auth;

/// <summary>A 403 for a key that lacks a scope, with the RFC 6750 challenge naming the scopes needed.</summary>
public static class InsufficientScope
{
    public static string Challenge(IEnumerable<string> scopes) =>
        $"Bearer realm=\"ContentApi\", error=\"insufficient_scope\", scope=\"{string.Join(' ', scopes)}\"";

    public static Task WriteAsync(HttpContext context, IEnumerable<string> scopes, string detail)
    {
        context.Response.Headers.WWWAuthenticate = Challenge(scopes);
        return ProblemWriter.WriteAsync(context, StatusCodes.Status403Forbidden, detail);
    }
}
