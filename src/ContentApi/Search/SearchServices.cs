using ContentApi.Common.Writes;

namespace ContentApi.Search;

public static class SearchServices
{
    /// <summary>The index itself is the database provider's (see Data/DatabaseRegistration); this keeps it in step with every write.</summary>
    public static IServiceCollection AddSearchIndexing(this IServiceCollection services) =>
        services.AddScoped<IWriteParticipant, SearchRowWriter>();
}
