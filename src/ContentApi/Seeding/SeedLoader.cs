using ContentApi.Data;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Seeding;

/// <summary>Reads the seed documents from Seeds:Path and imports them when the database holds no content.</summary>
public sealed class SeedLoader(ContentDbContext db, SeedImporter importer, IConfiguration configuration, ILogger<SeedLoader> logger)
{
    public const string DefaultPath = "seeds";

    public string SeedsPath => Path.GetFullPath(configuration["Seeds:Path"] ?? DefaultPath, AppContext.BaseDirectory);

    /// <param name="newDatabase">The schema was created just now: every table is empty, so nothing is asked of it.</param>
    public async Task<SeedReport?> LoadIfEmptyAsync(bool newDatabase, CancellationToken cancellationToken)
    {
        if (!newDatabase && await db.Articles.AnyAsync(cancellationToken))
        {
            logger.LogInformation("Database already holds content; seeds not imported.");
            return null;
        }
        if (!Directory.Exists(SeedsPath))
        {
            logger.LogWarning("Seeds folder {Path} not found; starting with an empty database.", SeedsPath);
            return null;
        }

        var documents = Directory.EnumerateFiles(SeedsPath, "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(path => new SeedDocument(Path.GetFileName(path), File.ReadAllText(path)))
            .ToList();
        var report = await importer.ImportAsync(documents, newDatabase, cancellationToken);
        logger.LogInformation(
            "Imported {Documents} seed document(s) from {Path}: {Articles} article(s), {Authors} author(s), {Unplaced} unplaced line(s).",
            documents.Count, SeedsPath, report.ArticlesAdded, report.AuthorsAdded, report.Unplaced.Count);
        foreach (var line in report.Unplaced)
        {
            logger.LogWarning("Seed line not placed: {Line}", line);
        }
        return report;
    }
}

public sealed record SeedDocument(string Name, string Text);

public sealed record SeedReport(int ArticlesAdded, int AuthorsAdded, int FormsAdded, IReadOnlyList<string> Unplaced);
