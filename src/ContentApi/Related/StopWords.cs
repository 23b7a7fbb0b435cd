namespace ContentApi.Related;

/// <summary>
/// English function words, in the folded form the tokenizer produces (lower-case, apostrophes dropped:
/// "don't" is "dont"). They carry no topic, so they never become terms.
/// </summary>
internal static class StopWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "a", "about", "above", "after", "again", "against", "ago", "all", "almost", "along", "already", "also",
        "although", "always", "am", "among", "an", "and", "another", "any", "are", "arent", "around", "as", "at",
        "be", "became", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can",
        "cannot", "cant", "could", "couldnt", "did", "didnt", "do", "does", "doesnt", "doing", "dont", "down",
        "during", "each", "either", "else", "ever", "every", "few", "for", "from", "further", "get", "gets", "got",
        "had", "hadnt", "has", "hasnt", "have", "havent", "having", "he", "hed", "her", "here", "hers", "herself",
        "hes", "him", "himself", "his", "how", "however", "i", "id", "if", "im", "in", "into", "is", "isnt", "it",
        "its", "itself", "ive", "just", "least", "less", "let", "lets", "like", "many", "may", "me", "might", "more",
        "most", "much", "must", "my", "myself", "neither", "never", "no", "nor", "not", "now", "of", "off", "often",
        "on", "once", "one", "only", "or", "other", "others", "ought", "our", "ours", "ourselves", "out", "over",
        "own", "per", "perhaps", "quite", "rather", "said", "same", "say", "says", "see", "seen", "shall", "she",
        "shed", "shes", "should", "shouldnt", "since", "so", "some", "still", "such", "than", "that", "thats", "the",
        "their", "theirs", "them", "themselves", "then", "there", "theres", "these", "they", "theyd", "theyre",
        "theyve", "this", "those", "though", "through", "thus", "to", "too", "under", "until", "up", "upon", "us",
        "very", "via", "was", "wasnt", "we", "wed", "well", "were", "werent", "weve", "what", "whats", "when",
        "where", "whether", "which", "while", "who", "whom", "whose", "why", "will", "with", "within", "without",
        "wont", "would", "wouldnt", "yet", "you", "youd", "youll", "your", "youre", "yours", "yourself",
        "yourselves", "youve",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool Contains(ReadOnlySpan<char> word) => Lookup.Contains(word);
}
