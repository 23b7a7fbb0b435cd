namespace ContentApi.Tests.Related;

/// <summary>
/// Made-up words ("kelumar", "tovi") that are no English word, stop word or inflection, so the
/// tokenizer keeps each as one distinct term and a corpus built from them has exactly the overlaps it was given.
/// </summary>
public sealed class PseudoWords(Random random)
{
    private static readonly string[] Syllables = ["ka", "lu", "mor", "te", "vi", "zan", "po", "ri", "dul", "ne", "qua", "bo", "fi", "gar", "tho", "wen", "ju", "cal", "ro", "mi"];
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public List<string> Take(int count)
    {
        var words = new List<string>(count);
        while (words.Count < count)
        {
            var word = string.Concat(Enumerable.Range(0, 2 + random.Next(3)).Select(_ => Syllables[random.Next(Syllables.Length)]));
            if (_used.Add(word))
            {
                words.Add(word);
            }
        }
        return words;
    }
}
