using ContentApi.Common.Writes;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ContentApi.Features.Webhooks;

public static class WebhookServices
{
    /// <summary>The write spec, the outbox in each write's transaction, the signed sender and its worker, and the payload's schema in the document.</summary>
    public static IServiceCollection AddWebhooks(this IServiceCollection services)
    {
        services.AddSingleton<WebhookOptions>().AddSingleton<WebhookTargets>().AddSingleton<WebhookSender>();
        services.AddScoped<WebhookSpec>().AddScoped<IWriteParticipant, WebhookOutbox>();
        services.AddSingleton<WebhookDeliveryWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<WebhookDeliveryWorker>());
        services.ConfigureSwaggerGen(options => options.DocumentFilter<WebhookPayloadSchema>());
        return services;
    }
}
