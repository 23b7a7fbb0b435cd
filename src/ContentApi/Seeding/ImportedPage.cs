namespace ContentApi.Seeding;

/// <summary>
/// One article page as read from its plain-text dump. <c>Unplaced</c> holds the non-blank lines after the
/// title that fit no part of the page, in page order, so nothing is dropped silently.
/// </summary>
public sealed record ImportedPage(
    string Title,
    IReadOnlyList<string> BodyParagraphs,
    ImportedSource? Source,
    ImportedAuthorBox? Author,
    ImportedDonationCall? Donation,
    IReadOnlyList<ImportedTeaser> Related,
    IReadOnlyList<string> Unplaced);

public sealed record ImportedSource(string Name);

public sealed record ImportedAuthorBox(string Name, string? Bio, bool HasFullBioLink);

/// <summary>
/// The donation call to action: <c>Text</c> is the sentence(s) above the embedded form, <c>FormId</c> and
/// <c>FormTitle</c> come from the embed's "Donation Form (#6)" label, <c>SiteName</c> from
/// "&lt;Name&gt; runs on your donation" (null for any other wording).
/// </summary>
public sealed record ImportedDonationCall(string? Text, int? FormId, string? FormTitle, string? SiteName);

public sealed record ImportedTeaser(string Title, string? Excerpt, string? AuthorName, DateOnly? PublishedOn);
