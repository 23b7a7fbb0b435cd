namespace ContentApi.Search;

/// <summary>A reader's search, parsed: every term must match (there is no OR).</summary>
public sealed record SearchQuery(IReadOnlyList<SearchTerm> Terms)
{
    /// <summary>One canonical spelling of the query, e.g. <c>"oil field" marot*</c>: the same search always spells the same.</summary>
    public string Canonical => string.Join(' ', Terms.Select(t => t.ToString()));
}

/// <summary>A word or a quoted phrase; a prefix term matches every word that starts with it (<c>marot*</c>).</summary>
public sealed record SearchTerm(string Text, bool IsPhrase, bool IsPrefix)
{
    public override string ToString() => $"{(IsPhrase ? $"\"{Text}\"" : Text)}{(IsPrefix ? "*" : "")}";
}
