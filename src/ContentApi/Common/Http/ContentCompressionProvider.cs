using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace ContentApi.Common.Http;

/// <summary>Compresses JSON and XML responses exactly as <see cref="ContentCoding.Choose"/> decided.</summary>
internal sealed class ContentCompressionProvider : IResponseCompressionProvider
{
    private readonly ICompressionProvider _brotli = new BrotliCompressionProvider(
        Microsoft.Extensions.Options.Options.Create(new BrotliCompressionProviderOptions { Level = CompressionLevel.Fastest }));
    private readonly ICompressionProvider _gzip = new GzipCompressionProvider(
        Microsoft.Extensions.Options.Options.Create(new GzipCompressionProviderOptions { Level = CompressionLevel.Fastest }));

    public bool CheckRequestAcceptsCompression(HttpContext context) =>
        !string.IsNullOrEmpty(context.Request.Headers.AcceptEncoding);

    public ICompressionProvider? GetCompressionProvider(HttpContext context) =>
        Chosen(context) switch
        {
            "br" => _brotli,
            "gzip" => _gzip,
            _ => null,
        };

    public bool ShouldCompressResponse(HttpContext context)
    {
        var mediaType = context.Response.ContentType ?? "";
        // JSON, problem+json, feed+json, and the XML of feeds and sitemaps.
        var text = mediaType.StartsWith("application/", StringComparison.OrdinalIgnoreCase)
            && (mediaType.Contains("json", StringComparison.OrdinalIgnoreCase) || mediaType.Contains("xml", StringComparison.OrdinalIgnoreCase));
        return text && Chosen(context) is not null;
    }

    // Length unknown (a response not written by RepresentationResult): compress if big enough is unknowable, so only
    // responses that declare their length are compressed.
    private static string? Chosen(HttpContext context) =>
        context.Response.ContentLength is { } length ? ContentCoding.Choose(context.Request, length) : null;
}
