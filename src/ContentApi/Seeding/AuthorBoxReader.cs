namespace ContentApi.Seeding;

/// <summary>Reads the author box, anchored on its "See full bio" link.</summary>
internal static class AuthorBoxReader
{
    /// <summary>
    /// The two non-blank lines above the link are name and bio; a single one is the name. Without the link
    /// there is no author box: name and bio lines look like any other text, so they are not guessed.
    /// </summary>
    public static ImportedAuthorBox? Read(IReadOnlyList<string> lines, PageAnchors anchors, bool[] claimed)
    {
        if (anchors.FullBio is not int link)
        {
            return null;
        }

        var floor = anchors.Floor(link);
        var found = new List<int>();
        for (var i = link - 1; i > floor && found.Count < 2; i--)
        {
            if (lines[i].Length > 0 && !claimed[i])
            {
                found.Insert(0, i);
            }
        }

        if (found.Count == 0)
        {
            return null;
        }

        claimed[link] = true;
        found.ForEach(i => claimed[i] = true);
        var bio = found.Count == 2 ? lines[found[1]] : null;
        return new ImportedAuthorBox(lines[found[0]], bio, HasFullBioLink: true);
    }
}
