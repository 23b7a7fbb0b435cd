namespace ContentApi.Related;

/// <summary>
/// Numbers the terms of one engine run, so vectors compare ints rather than strings and each term's
/// text is held once however many articles use it. Ids follow first use; callers that need the same
/// ids on every run feed articles in id order.
/// </summary>
internal sealed class Vocabulary
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly List<string> _terms = [];

    public Vocabulary() => _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Count => _terms.Count;

    public string this[int id] => _terms[id];

    public int IdOf(ReadOnlySpan<char> term)
    {
        if (_lookup.TryGetValue(term, out var id))
        {
            return id;
        }
        var text = term.ToString();
        id = _terms.Count;
        _ids.Add(text, id);
        _terms.Add(text);
        return id;
    }

    public bool TryGetId(string term, out int id) => _ids.TryGetValue(term, out id);
}
