using System.Diagnostics;
using System.Threading.Channels;
using Bogus;
using ContentApi.Features.Articles;

namespace ContentApi.Benchmarks.Generation;

/// <summary>
/// Fills a fresh SQLite database through EF Core with generated content. One seed, one N: the same bytes.
/// Text is made on one thread while the previous batch is written on another.
/// </summary>
public static class ContentGenerator
{
    /// <summary>Bump when the output or its preparation changes, so cached databases are made again.</summary>
    public const int Version = 2;
    public const int Seed = 20261124;
    private const int BatchSize = 2_000;

    public static async Task GenerateAsync(int articleCount, string dbPath, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        Console.WriteLine($"Generating {articleCount:N0} articles into {dbPath} (seed {Seed}, generator v{Version})");
        await using var database = await GeneratedDatabase.CreateAsync(dbPath, cancellationToken);

        var faker = new Faker("en") { Random = new Randomizer(Seed) };
        var plan = new GenerationPlan(articleCount, faker.Random);
        var text = new TextFactory(faker);
        await database.SaveAsync(db =>
        {
            db.DonationForms.Add(ReferenceData.DonationForm());
            db.Site.Add(ReferenceData.Site());
            db.Tags.AddRange(ReferenceData.Tags());
            db.Authors.AddRange(ReferenceData.Authors(faker, text, plan.AuthorCount));
        }, cancellationToken);

        var batches = Channel.CreateBounded<List<Article>>(2);
        var articles = new ArticleFactory(faker, text, plan);
        var producing = Task.Run(() => ProduceAsync(articles, articleCount, batches.Writer, cancellationToken), cancellationToken);
        var written = 0;
        await foreach (var batch in batches.Reader.ReadAllAsync(cancellationToken))
        {
            await database.SaveAsync(db => db.Articles.AddRange(batch), cancellationToken);
            var before = written;
            written += batch.Count;
            if (written / 10_000 != before / 10_000 || written == articleCount)
            {
                Console.WriteLine($"  {written,9:N0} / {articleCount:N0} articles  {clock.Elapsed.TotalSeconds,6:F1} s");
            }
        }
        await producing;

        await database.FinishAsync(cancellationToken);
        Console.WriteLine($"Generated {articleCount:N0} articles, {plan.AuthorCount:N0} authors, 300 tags in {clock.Elapsed.TotalSeconds:F1} s "
            + $"({new FileInfo(dbPath).Length / 1_048_576.0:N0} MiB)");
    }

    private static async Task ProduceAsync(ArticleFactory articles, int articleCount, ChannelWriter<List<Article>> batches, CancellationToken cancellationToken)
    {
        try
        {
            for (var first = 1; first <= articleCount; first += BatchSize)
            {
                var last = Math.Min(articleCount, first + BatchSize - 1);
                var batch = Enumerable.Range(first, last - first + 1).Select(articles.Create).ToList();
                await batches.WriteAsync(batch, cancellationToken);
            }
            batches.Complete();
        }
        catch (Exception e)
        {
            batches.Complete(e);
            throw;
        }
    }
}
