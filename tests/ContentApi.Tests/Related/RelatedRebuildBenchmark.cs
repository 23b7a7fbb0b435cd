using System.Diagnostics;
using ContentApi.Related;
using ContentApi.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ContentApi.Tests.Related;

/// <summary>
/// Rebuild speed on a generated corpus: prints the figures, asserts only that every article got its
/// full list. 300 articles by default so the suite stays quick; for a real measurement run
/// <c>RELATED_BENCHMARK_ARTICLES=20000 dotnet test -c Release --filter RelatedRebuildBenchmark</c>.
/// </summary>
public sealed class RelatedRebuildBenchmark(ITestOutputHelper output)
{
    [Fact]
    public async Task Rebuild_GeneratedCorpus_PrintsTimingsAndFillsEveryList()
    {
        var articles = int.TryParse(Environment.GetEnvironmentVariable("RELATED_BENCHMARK_ARTICLES"), out var n) ? n : 300;
        using var factory = new EmptyContentApiFactory();
        var corpus = new TopicCorpus(topics: Math.Max(20, articles / 50), perTopic: 50, authors: Math.Max(8, articles / 500), seed: 99);
        var clock = Stopwatch.StartNew();
        await factory.InsertCorpusAsync(corpus);
        output.WriteLine($"corpus: {corpus.Articles.Count} articles inserted in {clock.Elapsed.TotalSeconds:F1} s");

        var phases = new Dictionary<string, TimeSpan>();
        clock.Restart();
        var report = await factory.WithIndexAsync(index => index.RebuildAsync(new SynchronousProgress(p => phases[p.Phase] = clock.Elapsed)));

        output.WriteLine($"rebuild: {report.Articles} articles, {report.Terms} terms, {report.TermRows} term rows, {report.ListRows} list rows in {report.Elapsed.TotalSeconds:F1} s "
            + $"({report.Articles / report.Elapsed.TotalSeconds:F0} articles/s; 100,000 would take ~{100_000 / (report.Articles / report.Elapsed.TotalSeconds) / 60:F1} min)");
        output.WriteLine("phases ended at: " + string.Join(", ", phases.Select(p => $"{p.Key} {p.Value.TotalSeconds:F1} s")));
        Assert.Equal(report.Articles * RelatedTuning.ListSize, report.ListRows);

        // An update after an edit: the article's own list plus up to 50 neighbours' and its listers'.
        var sample = corpus.Published.Select(a => a.Article.Id).Where((_, i) => i % Math.Max(1, corpus.Articles.Count / 20) == 0).ToList();
        clock.Restart();
        foreach (var id in sample)
        {
            await factory.UpdateRelatedAsync(id);
        }
        output.WriteLine($"update: {clock.Elapsed.TotalMilliseconds / sample.Count:F0} ms per article on average over {sample.Count} updates");
    }

    /// <summary>Progress&lt;T&gt; posts to the thread pool; this reports on the caller's thread, so timings are exact.</summary>
    private sealed class SynchronousProgress(Action<RelatedRebuildProgress> report) : IProgress<RelatedRebuildProgress>
    {
        public void Report(RelatedRebuildProgress value) => report(value);
    }
}
