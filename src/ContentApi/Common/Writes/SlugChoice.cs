using ContentApi.Common.Text;
using ContentApi.Seeding;

namespace ContentApi.Common.Writes;

/// <summary>The slug a write ends with: the one given, the one kept, or a free one derived from the name.</summary>
public static class SlugChoice
{
    public static async Task<string> ChooseAsync(
        string? given, string current, bool creating, string name, string prefix,
        Func<string, CancellationToken, Task<List<string>>> takenStartingWith, CancellationToken cancellationToken)
    {
        if (given is not null)
        {
            return given;
        }
        if (!creating)
        {
            return current;
        }
        var stem = Slug.FromOrHash(name, prefix);
        var taken = (await takenStartingWith(stem, cancellationToken)).ToHashSet(StringComparer.Ordinal);
        return Slug.Unique(stem, taken.Contains);
    }

    public static string Taken(string slug, string what) =>
        $"The slug '{slug}' is taken by another {what}. Choose another, or leave slug out to derive a free one from the name.";
}
