using System.Text;
using Bogus;

namespace ContentApi.Benchmarks.Generation;

/// <summary>
/// Titles and paragraphs: mostly lorem, with the article's topic words, general news words, places and
/// surnames mixed in. Word lists are read from Bogus once; picking from arrays keeps 60M words fast.
/// </summary>
public sealed class TextFactory
{
    private readonly Randomizer _random;
    private readonly string[] _lorem;
    private readonly string[] _surnames;
    private readonly StringBuilder _text = new();

    public TextFactory(Faker faker)
    {
        ArgumentNullException.ThrowIfNull(faker);
        _random = faker.Random;
        _lorem = Distinct(2_000, () => faker.Lorem.Word());
        _surnames = Distinct(1_000, () => faker.Name.LastName());
    }

    public string Title(int topic)
    {
        _text.Clear();
        var words = _random.Number(6, 14);
        for (var i = 0; i < words; i++)
        {
            var word = _random.Number(99) < 35 ? _random.ArrayElement(TopicWords.Topics[topic]) : Word(topic);
            AppendWord(word, capitalise: i == 0);
        }
        return _text.ToString();
    }

    public string Paragraph(int topic, int minWords = 40, int maxWords = 120)
    {
        _text.Clear();
        for (var left = _random.Number(minWords, maxWords); left > 0;)
        {
            var sentence = Math.Min(left, _random.Number(6, 18));
            for (var i = 0; i < sentence; i++)
            {
                AppendWord(Word(topic), capitalise: i == 0);
            }
            _text.Append('.');
            left -= sentence;
        }
        return _text.ToString();
    }

    private string Word(int topic) => _random.Number(99) switch
    {
        < 62 => _random.ArrayElement(_lorem),
        < 76 => _random.ArrayElement(TopicWords.Topics[topic]),
        < 80 => _random.ArrayElement(_random.ArrayElement(TopicWords.Topics)),
        < 95 => _random.ArrayElement(TopicWords.General),
        < 98 => _random.ArrayElement(TopicWords.Places),
        _ => _random.ArrayElement(_surnames),
    };

    private void AppendWord(string word, bool capitalise)
    {
        if (_text.Length > 0)
        {
            _text.Append(' ');
        }
        _text.Append(capitalise ? char.ToUpperInvariant(word[0]) : word[0]).Append(word, 1, word.Length - 1);
    }

    // Sampling (not Bogus' internal table) keeps to its public API; the order of first sight is deterministic.
    private static string[] Distinct(int draws, Func<string> next) =>
        Enumerable.Range(0, draws).Select(_ => next()).Distinct(StringComparer.Ordinal).ToArray();
}
