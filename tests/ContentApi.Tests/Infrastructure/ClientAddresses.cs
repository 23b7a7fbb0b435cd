using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ContentApi.Tests.Infrastructure;

/// <summary>
/// The test server has no remote address; this gives each request the one its test header names,
/// so tests can be many distinct clients (as behind no proxy, one address per caller).
/// </summary>
public static class ClientAddresses
{
    public const string Header = "X-Test-Client-Address";

    public static IServiceCollection AddTestClientAddresses(this IServiceCollection services) =>
        services.AddSingleton<IStartupFilter, Filter>();

    public static HttpClient From(this HttpClient client, string address)
    {
        client.DefaultRequestHeaders.Add(Header, address);
        return client;
    }

    private sealed class Filter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[Header].ToString(), out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
