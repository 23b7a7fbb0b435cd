using ContentApi.Data;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Tests.Data;

/// <summary>A context configured exactly as the app's, over an unopened in-memory database: enough to read its models.</summary>
internal static class ModelContexts
{
    public static ContentDbContext Create()
    {
        var options = new DbContextOptionsBuilder<ContentDbContext>();
        new SqliteProvider("Data Source=:memory:", AppContext.BaseDirectory).Configure(options);
        return new ContentDbContext(options.Options);
    }
}
