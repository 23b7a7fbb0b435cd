namespace ContentApi.Related;

/// <summary>
/// Keeps one author or one primary tag from filling a list: at most half of it, rounded up, unless
/// nothing else is left. Items already listed (the editor's picks) count towards the caps but are
/// never removed.
/// </summary>
internal static class Diversity
{
    /// <summary>
    /// Chooses up to <paramref name="limit"/> minus the already-listed items from <paramref name="ranked"/>
    /// (best first): those within the caps, best first, then, when the list is still short, the best of the
    /// skipped ones. Returns the chosen in their ranked order, so scores still never increase down the list.
    /// </summary>
    public static List<T> Select<T>(
        IReadOnlyList<T> ranked, int limit, IReadOnlyCollection<T> alreadyListed, Func<T, object?> author, Func<T, object?> primaryTag)
    {
        var slots = limit - alreadyListed.Count;
        if (slots <= 0)
        {
            return [];
        }
        var cap = (limit + 1) / 2;
        var byAuthor = new Dictionary<object, int>();
        var byTag = new Dictionary<object, int>();
        foreach (var item in alreadyListed)
        {
            Count(byAuthor, author(item));
            Count(byTag, primaryTag(item));
        }

        var chosen = new List<int>(slots);
        var skipped = new List<int>();
        for (var i = 0; i < ranked.Count && chosen.Count < slots; i++)
        {
            var (a, t) = (author(ranked[i]), primaryTag(ranked[i]));
            if (IsFull(byAuthor, a, cap) || IsFull(byTag, t, cap))
            {
                skipped.Add(i);
                continue;
            }
            chosen.Add(i);
            Count(byAuthor, a);
            Count(byTag, t);
        }
        chosen.AddRange(skipped.Take(slots - chosen.Count));
        chosen.Sort();
        return chosen.ConvertAll(i => ranked[i]);
    }

    private static bool IsFull(Dictionary<object, int> counts, object? key, int cap) =>
        key is not null && counts.GetValueOrDefault(key) >= cap;

    private static void Count(Dictionary<object, int> counts, object? key)
    {
        if (key is not null)
        {
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
    }
}
