using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Common.Cors;

/// <summary>The app with one trusted origin (the newsroom's CMS) and a write key.</summary>
public sealed class CorsFactory : WriteApiFactory
{
    public const string Trusted = "https://cms.example.com";
    public const string Stranger = "https://elsewhere.example.org";

    protected override IEnumerable<(string Key, string Value)> Settings =>
        base.Settings.Append(("Cors:AllowedOrigins:0", Trusted)).Append(("Cors:MaxAgeSeconds", "900"));
}

internal static class CorsRequests
{
    public static HttpRequestMessage From(this HttpRequestMessage request, string origin)
    {
        request.Headers.TryAddWithoutValidation("Origin", origin);
        return request;
    }

    public static HttpRequestMessage Preflight(string url, string origin, string method, string headers) =>
        new HttpRequestMessage(HttpMethod.Options, url).From(origin).With("Access-Control-Request-Method", method).With("Access-Control-Request-Headers", headers);

    public static HttpRequestMessage With(this HttpRequestMessage request, string name, string value)
    {
        request.Headers.TryAddWithoutValidation(name, value);
        return request;
    }

    public static string? Header(this HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : null;
}
