using ContentApi.Data;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Related;

/// <summary>
/// Keeps <see cref="DocumentFrequency"/> right as articles come, change and go, by counting only the
/// difference. Term weights of other articles were computed with the counts of their day: their
/// vectors and lists drift slightly from what a rebuild would give until the next rebuild.
/// </summary>
internal sealed class DocumentFrequencies(ContentDbContext db)
{
    public async Task ApplyAsync(IReadOnlyCollection<string> added, IReadOnlyCollection<string> removed, CancellationToken cancellationToken)
    {
        var frequencies = db.Set<DocumentFrequency>();
        foreach (var chunk in added.Chunk(RelatedIndexing.ChunkSize))
        {
            var known = await frequencies.Where(f => chunk.Contains(f.Term)).Select(f => f.Term).ToListAsync(cancellationToken);
            await frequencies.Where(f => chunk.Contains(f.Term))
                .ExecuteUpdateAsync(s => s.SetProperty(f => f.Documents, f => f.Documents + 1), cancellationToken);
            var knownSet = known.ToHashSet(StringComparer.Ordinal);
            await db.InsertAsync(chunk.Where(t => !knownSet.Contains(t)).Select(t => new DocumentFrequency { Term = t, Documents = 1 }).ToList(), cancellationToken);
        }
        foreach (var chunk in removed.Chunk(RelatedIndexing.ChunkSize))
        {
            await frequencies.Where(f => chunk.Contains(f.Term))
                .ExecuteUpdateAsync(s => s.SetProperty(f => f.Documents, f => f.Documents - 1), cancellationToken);
            await frequencies.Where(f => chunk.Contains(f.Term) && f.Documents <= 0).ExecuteDeleteAsync(cancellationToken);
        }
    }

    public async Task<Dictionary<string, int>> OfAsync(IReadOnlyCollection<string> terms, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var chunk in terms.Chunk(RelatedIndexing.ChunkSize))
        {
            foreach (var f in await db.Set<DocumentFrequency>().AsNoTracking().Where(f => chunk.Contains(f.Term)).ToListAsync(cancellationToken))
            {
                found[f.Term] = f.Documents;
            }
        }
        return found;
    }
}
