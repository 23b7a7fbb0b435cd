namespace ContentApi.Common.Cors;

/// <summary>The CORS header values ContentApi sends.</summary>
internal static class CorsHeaders
{
    public const string AllowOrigin = "Access-Control-Allow-Origin";
    public const string AllowMethods = "Access-Control-Allow-Methods";
    public const string AllowHeaders = "Access-Control-Allow-Headers";
    public const string ExposeHeaders = "Access-Control-Expose-Headers";
    public const string MaxAge = "Access-Control-Max-Age";
    public const string RequestMethod = "Access-Control-Request-Method";
    public const string RequestHeaders = "Access-Control-Request-Headers";

    public const string ReadMethods = "GET, HEAD";
    public const string AllMethods = "GET, HEAD, POST, PUT, PATCH, DELETE";

    /// <summary>What a front end may send: the key, JSON bodies, and the conditional-request headers.</summary>
    public const string RequestHeaderNames = "Authorization, X-Api-Key, Content-Type, If-Match, If-None-Match, If-Modified-Since";

    /// <summary>What a front end reads besides the CORS-safelisted headers.</summary>
    public const string Exposed = "ETag, Last-Modified, Link, X-Total-Count, RateLimit, RateLimit-Policy, Retry-After, Location";

    /// <summary>Every header this API's CORS sets, so a replayed cached answer is written afresh.</summary>
    public static readonly string[] Written = [AllowOrigin, AllowMethods, AllowHeaders, ExposeHeaders, MaxAge];
}
