namespace ContentApi.Tests.Infrastructure;

/// <summary>Facts read straight off the seed page, for tests that check what the API serves.</summary>
public static class SeedFacts
{
    public const string ArticleSlug = "in-retaliation-to-airstrike-us-forces-receive-rocket-attack-in-syria";
    public const string ArticleTitle = "In retaliation to airstrike US forces receive rocket attack in Syria";
    public const string SiteName = "The Liberum";
    public const string AuthorBio = "Vox Populi, Vox Dei";
    public const string DonationCall = "The Liberum runs on your donation. Fight with us for a free society.";

    public static string SeedText => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "000_f8865b83d69c1c72.txt"));

    /// <summary>The six "More articles you might like" teasers, in page order: title, byline author, date.</summary>
    public static readonly (string Title, string? Author, string? Date)[] Teasers =
    [
        ("When Reform meets Resistance: The Fate of Hezbollah’s weapons", null, null),
        ("The Iranian kidnap threat against Belgian politician Darya Safai should be a top priority for the Belgian government", null, null),
        ("Syria’s Islamist-led Government is failing to live up to its pledge to protect its people", "Ali Albeash", "2025-07-24T00:00:00Z"),
        ("The Syrian “Fact-Finding” report into the March Alawite Massacres not only betrays the victims but is a Whitewashed Tragedy", "Ahsan Ali", "2025-07-22T00:00:00Z"),
        ("Internal and Regional implications of the PKK’s demise", "Ali Albeash", "2025-07-18T00:00:00Z"),
        ("Julani’s Triumph over Ahmed al‑Sharaa is the Beginning of Syria’s End", null, null),
    ];
}
