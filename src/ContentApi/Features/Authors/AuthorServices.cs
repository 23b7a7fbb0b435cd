using ContentApi.Common.Changes;

namespace ContentApi.Features.Authors;

public static class AuthorServices
{
    /// <summary>The write spec and the change source.</summary>
    public static IServiceCollection AddAuthors(this IServiceCollection services) =>
        services.AddScoped<AuthorSpec>().AddScoped<IChangeSource, AuthorChanges>();
}
