using System.Globalization;

namespace ContentApi.Search.Sqlite;

/// <summary>
/// The impact lists' tables, beside the FTS5 table they summarise (made at start-up like it, so their SQL stays
/// in this folder). For every term in at least <see cref="MinPostings"/> articles at the last build, its best
/// articles by impact (bm25's term factor at the build's average length), and a floor: every article holding the
/// term that is not listed has an impact at most the floor. Writes keep that true: an article is taken off every
/// list when it changes, and listed again where its new impact beats the floor.
/// </summary>
internal static class ImpactListSchema
{
    /// <summary>Below this, bm25 over every match is cheap (about 1.5 µs a match): such a term gets no list.</summary>
    public const int MinPostings = 100;

    /// <summary>Articles listed per term at a build: the top-k read takes at most about twice a page's end (page ≤ 100).</summary>
    public const int ListLength = 256;

    public const string Text = "ListableArticleText";
    public const string Build = "SearchImpactBuild";
    public const string Terms = "SearchImpactTerms";
    public const string Impacts = "SearchImpacts";
    public const string TextTerms = "ListableArticleTextTerms";
    public const string TextInstances = "ListableArticleTextInstances";
    public const string Scratch = "SearchImpactScratch";
    public const string ScratchInstances = "SearchImpactScratchInstances";
    public const string Tokenizer = "tokenize = 'unicode61 remove_diacritics 2'";

    public static readonly string[] Create =
    [
        $"CREATE TABLE IF NOT EXISTS {Build}(Id INTEGER PRIMARY KEY CHECK (Id = 1), Rows INTEGER NOT NULL, AverageLength REAL NOT NULL)",
        $"CREATE TABLE IF NOT EXISTS {Terms}(Term TEXT NOT NULL PRIMARY KEY, Floor REAL NOT NULL) WITHOUT ROWID",
        $"CREATE TABLE IF NOT EXISTS {Impacts}(Term TEXT NOT NULL, Impact REAL NOT NULL, ArticleId INTEGER NOT NULL, " +
            "Frequency REAL NOT NULL, Length INTEGER NOT NULL, PRIMARY KEY (Term, Impact DESC, ArticleId)) WITHOUT ROWID",
        $"CREATE INDEX IF NOT EXISTS {Impacts}ByArticle ON {Impacts}(ArticleId)",
        $"CREATE VIRTUAL TABLE IF NOT EXISTS {TextTerms} USING fts5vocab({Text}, row)",
        $"CREATE VIRTUAL TABLE IF NOT EXISTS {TextInstances} USING fts5vocab({Text}, instance)",
        // One article at a time, tokenised exactly as the index does, to read its terms' counts at write time.
        $"CREATE VIRTUAL TABLE IF NOT EXISTS {Scratch} USING fts5(title, excerpt, body, content = '', {Tokenizer})",
        $"CREATE VIRTUAL TABLE IF NOT EXISTS {ScratchInstances} USING fts5vocab({Scratch}, instance)",
    ];

    /// <summary>An occurrence's weight by column name, as bm25 weighs it (<see cref="Fts5Bm25.Weights"/>).</summary>
    public static readonly string WeightOfColumn = string.Create(CultureInfo.InvariantCulture,
        $"CASE col WHEN 'title' THEN {Fts5Bm25.Weights[0]:0.0###} WHEN 'excerpt' THEN {Fts5Bm25.Weights[1]:0.0###} ELSE {Fts5Bm25.Weights[2]:0.0###} END");
}
