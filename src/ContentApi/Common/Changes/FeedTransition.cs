namespace ContentApi.Common.Changes;

/// <summary>The records and the event one item's move from its last announced state to its current one makes.</summary>
internal static class FeedTransition
{
    public sealed record Entry(string Op, string Slug, bool Public, bool Preview);

    /// <summary>
    /// Deletes first (a slug left behind, or the item gone from a view), then upserts, so a mirror
    /// keyed by id or by slug ends right whichever it applies. A record both views share is one record.
    /// </summary>
    public static List<Entry> Records(string? publicWas, string? publicNow, string? previewWas, string? previewNow, bool written)
    {
        var result = new List<Entry>();
        Add(result, ChangeRecord.Delete, Left(publicWas, publicNow), Left(previewWas, previewNow));
        Add(result, ChangeRecord.Upsert, Stays(publicWas, publicNow, written), Stays(previewWas, previewNow, written));
        return result;
    }

    /// <summary>The public event's verb, or null when the public view did not change.</summary>
    public static string? EventOf((string Entered, string Left) verbs, string? publicWas, FeedState now) =>
        (publicWas, now.PublicSlug) switch
        {
            (null, null) => null,
            (null, _) => verbs.Entered,
            (_, null) when now == FeedState.Gone => "deleted",
            (_, null) => verbs.Left,
            _ => "updated",
        };

    private static string? Left(string? was, string? now) => was is not null && was != now ? was : null;

    private static string? Stays(string? was, string? now, bool written) => now is not null && (written || now != was) ? now : null;

    private static void Add(List<Entry> result, string op, string? inPublic, string? inPreview)
    {
        if (inPublic is not null && inPublic == inPreview)
        {
            result.Add(new(op, inPublic, true, true));
            return;
        }
        if (inPublic is not null)
        {
            result.Add(new(op, inPublic, true, false));
        }
        if (inPreview is not null)
        {
            result.Add(new(op, inPreview, false, true));
        }
    }
}
