using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ContentApi.Benchmarks.Baseline;

/// <summary>
/// The yardstick: bare Kestrel answering any GET with the same article bytes from memory. What the API
/// adds on top of this (routing, validation, EF, SQLite, JSON) is what the ratios measure.
/// </summary>
public static class RawBaseline
{
    public static async Task<int> RunAsync(int port, string bodyPath, CancellationToken cancellationToken)
    {
        var body = await File.ReadAllBytesAsync(bodyPath, cancellationToken);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/{**path}", (HttpContext context) =>
        {
            context.Response.ContentType = "application/json";
            context.Response.ContentLength = body.Length;
            return context.Response.Body.WriteAsync(body).AsTask();
        });
        Console.WriteLine($"Raw baseline on http://127.0.0.1:{port}/ serving {body.Length:N0} bytes");
        await app.StartAsync(cancellationToken);
        await app.WaitForShutdownAsync(cancellationToken);
        return 0;
    }
}
