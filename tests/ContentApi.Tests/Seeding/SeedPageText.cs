using ContentApi.Seeding;

namespace ContentApi.Tests.Seeding;

/// <summary>The real seed page and the edits the tests make to it.</summary>
internal static class SeedPageText
{
    public static string Text { get; } =
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "000_f8865b83d69c1c72.txt"));

    /// <summary>The seed with every line that reads exactly like one of <paramref name="lines"/> removed.</summary>
    public static string Without(params string[] lines) =>
        string.Join('\n', Text.Split('\n').Where(line => !lines.Contains(line.Trim())));

    /// <summary>The seed with one exact line swapped for another (which may be several lines).</summary>
    public static string Replacing(string line, string replacement)
    {
        Assert.Contains(line, Text.Split('\n'));
        return string.Join('\n', Text.Split('\n').Select(l => l == line ? replacement : l));
    }

    public static void AssertSameImport(ImportedPage expected, ImportedPage actual)
    {
        Assert.Equal(expected.Title, actual.Title);
        Assert.Equal(expected.BodyParagraphs, actual.BodyParagraphs);
        Assert.Equal(expected.Source, actual.Source);
        Assert.Equal(expected.Author, actual.Author);
        Assert.Equal(expected.Donation, actual.Donation);
        Assert.Equal(expected.Related, actual.Related);
        Assert.Equal(expected.Unplaced, actual.Unplaced);
    }
}
