using Microsoft.Net.Http.Headers;

namespace ContentApi.Common.Http;

/// <summary>
/// Which content-coding a response gets: Brotli or gzip for JSON of 1 KiB and more, when the
/// client accepts it. Decided in one place so the ETag (which names the coding) and the
/// compression middleware always agree.
/// </summary>
public static class ContentCoding
{
    public const int MinimumBytes = 1024;

    public static string? Choose(HttpRequest request, long length)
    {
        if (length < MinimumBytes || !StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptEncoding, out var accepted))
        {
            return null;
        }
        string? best = null;
        double bestQuality = 0;
        foreach (var coding in accepted)
        {
            var name = coding.Value.Value;
            var quality = coding.Quality ?? 1;
            var known = string.Equals(name, "br", StringComparison.OrdinalIgnoreCase) ? "br"
                : string.Equals(name, "gzip", StringComparison.OrdinalIgnoreCase) ? "gzip"
                : null;
            // Brotli wins a tie: smaller for the same quality.
            if (known is not null && (quality > bestQuality || (quality == bestQuality && quality > 0 && known == "br")))
            {
                (best, bestQuality) = (known, quality);
            }
        }
        return best;
    }
}
