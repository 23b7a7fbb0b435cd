using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ContentApi.Data.Postgres;

/// <summary>
/// PostgreSQL text cannot hold U+0000 (SQLite's can): a parameter carrying one fails the whole
/// statement (22021), a 500 for a filter such as <c>source=%00</c> or a title with a NUL in it.
/// Every U+0000 in a text parameter is sent as U+FFFD, the replacement character, instead.
/// </summary>
internal sealed class NulCharacterInterceptor : DbCommandInterceptor
{
    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Replace(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Replace(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Replace(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Replace(command);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Replace(command);
        return ValueTask.FromResult(result);
    }

    private static void Replace(DbCommand command)
    {
        foreach (DbParameter parameter in command.Parameters)
        {
            parameter.Value = parameter.Value switch
            {
                string text when text.Contains('\0', StringComparison.Ordinal) => text.Replace('\0', '\uFFFD'),
                string[] texts when texts.Any(t => t?.Contains('\0', StringComparison.Ordinal) == true) =>
                    texts.Select(t => t?.Replace('\0', '\uFFFD')).ToArray(),
                var value => value,
            };
        }
    }
}
