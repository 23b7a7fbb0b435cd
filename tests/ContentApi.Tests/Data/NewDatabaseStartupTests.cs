using System.Collections.Concurrent;
using ContentApi.Common.Changes;
using ContentApi.Data;
using ContentApi.Related;
using ContentApi.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ContentApi.Tests.Data;

/// <summary>
/// A seeded start on a new SQLite file asks the database nothing whose answer it knows (every table
/// empty until the seeds): each such LINQ query would be compiled at start-up for that one use. What the
/// steps build is still all there. (Statements, not compilations, are watched: EF keeps compiled queries
/// across the tests of one process.)
/// </summary>
public sealed class NewDatabaseStartupTests
{
    [SqliteFact]
    public async Task Start_NewDatabase_AsksNothingOfTablesItKnowsAreEmpty()
    {
        using var factory = new StatementLoggingFactory();

        using var client = factory.CreateClient();
        var statements = factory.Statements.ToList();

        Assert.Contains(statements, sql => sql.Contains("INSERT INTO \"Articles\"", StringComparison.Ordinal));
        foreach (var known in new[]
        {
            "FROM \"IndexedArticles\"", "DELETE FROM \"RelatedScores\" AS", "FROM \"CountedArticles\" AS", "FROM \"WorkerCheckpoints\"",
            "UPDATE \"WorkerCheckpoints\"", "\"Slug\" = @slug", "FROM \"DonationForms\" AS \"d\"\nWHERE \"d\".\"Id\" = @p",
        })
        {
            Assert.DoesNotContain(statements, sql => sql.Contains(known, StringComparison.Ordinal));
        }
    }

    [SqliteFact]
    public async Task Start_NewDatabase_CountsIndexesAndAnnouncesTheSeeds()
    {
        using var factory = new ContentApiFactory();
        using var client = factory.CreateClient();

        var authors = await (await client.GetAsync("/api/v1/authors")).ReadJsonAsync();
        var list = await (await client.GetAsync("/api/v1/articles?pageSize=1")).ReadJsonAsync();
        var changes = await (await client.GetAsync("/api/v1/changes?types=article")).ReadJsonAsync();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();

        Assert.Equal(7, list.GetProperty("meta").GetProperty("total").GetInt32());
        Assert.Equal([1, 2, 1], authors.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("articleCount").GetInt32()));
        Assert.Equal(7, await db.Set<IndexedArticle>().CountAsync());
        Assert.True(await db.Set<RelatedScore>().AnyAsync());
        Assert.Equal(7, changes.GetProperty("items").EnumerateArray().Count(c => c.GetProperty("op").GetString() == "upsert"));
        Assert.Equal(
            scope.ServiceProvider.GetServices<IHostedService>().OfType<ChangeRecordWorker>().Select(w => w.Name).Append(ComingDueWorker.WorkerName).Order(),
            await db.Set<WorkerCheckpoint>().Select(c => c.Worker).OrderBy(w => w).ToListAsync());
    }

    private sealed class StatementLoggingFactory : ContentApiFactory
    {
        public ConcurrentQueue<string> Statements { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command", "Information");
            builder.ConfigureLogging(logging => logging.AddProvider(new ExecutedStatements(Statements)));
        }
    }

    /// <summary>The statements run while the database is prepared, until StartupPhases logs it prepared (then the workers start).</summary>
    private sealed class ExecutedStatements(ConcurrentQueue<string> statements) : ILoggerProvider, ILogger
    {
        private volatile bool _prepared;

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var message = formatter(state, exception);
            _prepared |= message.StartsWith("Database prepared in", StringComparison.Ordinal);
            if (eventId.Id == RelationalEventId.CommandExecuted.Id && !_prepared)
            {
                statements.Enqueue(message.Replace("\r", "", StringComparison.Ordinal));
            }
        }

        public void Dispose()
        {
        }
    }
}
