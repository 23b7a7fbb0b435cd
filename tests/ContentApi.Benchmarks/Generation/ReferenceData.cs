using ContentApi.Common.Text;
using Bogus;
using ContentApi.Features.Authors;
using ContentApi.Features.DonationForms;
using ContentApi.Features.Site;
using ContentApi.Features.Tags;
using ContentApi.Seeding;

namespace ContentApi.Benchmarks.Generation;

/// <summary>Everything articles point at: authors, the 300 tags, donation form 6 and the site row.</summary>
public static class ReferenceData
{
    public static List<Author> Authors(Faker faker, TextFactory text, int count)
    {
        ArgumentNullException.ThrowIfNull(faker);
        ArgumentNullException.ThrowIfNull(text);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var authors = new List<Author>(count);
        for (var id = 1; id <= count; id++)
        {
            var (first, last) = (faker.Name.FirstName(), faker.Name.LastName());
            var name = $"{first} {last}";
            var slug = Slug.Unique(Slug.From(name), taken.Contains);
            taken.Add(slug);
            authors.Add(new Author
            {
                Id = id,
                Slug = slug,
                Name = name,
                Bio = text.Paragraph(faker.Random.Number(TopicWords.Topics.Length - 1), 25, 60),
                Website = faker.Random.Bool(0.5f) ? faker.Internet.Url() : null,
                Twitter = faker.Random.Bool(0.4f) ? "@" + faker.Internet.UserName(first, last) : null,
                Facebook = faker.Random.Bool(0.2f) ? $"https://facebook.example/{slug}" : null,
            });
        }
        return authors;
    }

    public static IEnumerable<Tag> Tags() =>
        TopicWords.Topics.SelectMany((words, topic) => words.Select((word, index) => new Tag
        {
            Id = GenerationPlan.TagId(topic, index),
            Slug = Slug.From(word),
            Name = char.ToUpperInvariant(word[0]) + word[1..],
            Description = $"Reporting and opinion on {word}.",
        }));

    public static DonationForm DonationForm() => new()
    {
        Id = ArticleFactory.DonationFormId,
        Title = $"Donation Form (#{ArticleFactory.DonationFormId})",
        Heading = "Support independent journalism",
        Currency = "EUR",
        SuggestedAmounts = [new() { Amount = 1000 }, new() { Amount = 2500, IsDefault = true }, new() { Amount = 5000 }],
        RecurringPeriods = ["month", "year"],
    };

    public static SiteSettings Site() => new()
    {
        Name = "The Liberum",
        Tagline = "Benchmark data, generated",
        DefaultDonationFormId = ArticleFactory.DonationFormId,
    };
}
