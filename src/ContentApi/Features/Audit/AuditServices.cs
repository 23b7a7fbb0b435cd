using ContentApi.Common.Writes;

namespace ContentApi.Features.Audit;

public static class AuditServices
{
    /// <summary>Every write adds its audit row in its own transaction.</summary>
    public static IServiceCollection AddAuditTrail(this IServiceCollection services) =>
        services.AddScoped<IWriteParticipant, AuditTrail>();
}
