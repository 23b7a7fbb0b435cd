using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;
using Microsoft.Extensions.DependencyInjection;

namespace ContentApi.Data.Postgres;

/// <summary>
/// `DateTime.UtcNow` in a query (what the public may see: an article dated now or before) becomes
/// `statement_timestamp()` rather than Npgsql's `now()`, which is the moment the TRANSACTION began: a
/// write that publishes an article "now" would otherwise not see it as visible inside its own
/// transaction, and its counts and change records would miss it. SQLite reads the clock per statement.
/// </summary>
internal static class StatementTime
{
    public static DbContextOptionsBuilder UseStatementTime(this DbContextOptionsBuilder options)
    {
        ((IDbContextOptionsBuilderInfrastructure)options).AddOrUpdateExtension(new Extension());
        return options;
    }

    private sealed class Translator(ISqlExpressionFactory sql) : IMemberTranslator, IMemberTranslatorPlugin
    {
        public IEnumerable<IMemberTranslator> Translators => [this];

        public SqlExpression? Translate(SqlExpression? instance, MemberInfo member, Type returnType, IDiagnosticsLogger<DbLoggerCategory.Query> logger) =>
            member.DeclaringType == typeof(DateTime) && member.Name == nameof(DateTime.UtcNow)
                ? sql.Function("statement_timestamp", [], nullable: false, argumentsPropagateNullability: [], returnType)
                : null;
    }

    private sealed class Extension : IDbContextOptionsExtension
    {
        public DbContextOptionsExtensionInfo Info => new ExtensionInfo(this);

        public void ApplyServices(IServiceCollection services) =>
            new EntityFrameworkRelationalServicesBuilder(services).TryAdd<IMemberTranslatorPlugin, Translator>();

        public void Validate(IDbContextOptions options)
        {
        }
    }

    private sealed class ExtensionInfo(IDbContextOptionsExtension extension) : DbContextOptionsExtensionInfo(extension)
    {
        public override bool IsDatabaseProvider => false;

        public override string LogFragment => "StatementTime ";

        public override int GetServiceProviderHashCode() => 0;

        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) => other is ExtensionInfo;

        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo) => debugInfo["StatementTime"] = "1";
    }
}
