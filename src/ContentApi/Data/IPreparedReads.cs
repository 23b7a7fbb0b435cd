using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Data;

/// <summary>
/// A hot read's rows. On a SQLite file, EF's SQL for the query runs on a statement kept prepared
/// (<see cref="SqlitePreparedReads"/>): through EF a list's page of keys opened a pooled connection, had EF register
/// its functions on it and prepared its statement again, about a third of a filtered list. Elsewhere, EF runs it.
/// </summary>
public interface IPreparedReads
{
    /// <param name="row">
    /// One row as EF would materialize it, by column name (EF names each column after the member it fills);
    /// used only where the statement is run outside EF.
    /// </param>
    Task<List<T>> ToListAsync<T>(IQueryable<T> query, Func<DbDataReader, T> row, CancellationToken cancellationToken);
}

/// <summary>Through EF, as any query: PostgreSQL keeps its own prepared statements, and an in-memory database is for tests.</summary>
public sealed class EfPreparedReads : IPreparedReads
{
    public Task<List<T>> ToListAsync<T>(IQueryable<T> query, Func<DbDataReader, T> row, CancellationToken cancellationToken) =>
        query.ToListAsync(cancellationToken);
}
