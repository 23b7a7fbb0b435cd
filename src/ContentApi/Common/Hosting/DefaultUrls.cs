namespace ContentApi.Common.Hosting;

public static class DefaultUrls
{
    public const string Url = "http://127.0.0.1:5080";

    /// <summary>
    /// Listens on the documented port unless something else was asked for: ASPNETCORE_URLS,
    /// --urls, ASPNETCORE_HTTP_PORTS or a Kestrel:Endpoints section all win over this default.
    /// </summary>
    public static WebApplicationBuilder UseDefaultUrlUnlessConfigured(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var configured = !string.IsNullOrEmpty(configuration["urls"])
            || !string.IsNullOrEmpty(configuration["http_ports"])
            || !string.IsNullOrEmpty(configuration["https_ports"])
            || configuration.GetSection("Kestrel:Endpoints").GetChildren().Any();
        if (!configured)
        {
            builder.WebHost.UseUrls(Url);
        }
        return builder;
    }
}
