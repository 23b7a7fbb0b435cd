namespace ContentApi.Common.Text;

/// <summary>The base ASCII letter of each precomposed Latin letter ("é" → 'e').</summary>
/// <remarks>
/// The app runs with InvariantGlobalization, where string.Normalize leaves non-ASCII text unchanged, so the
/// FormD decomposition is also kept here as data (generated from Unicode's NFD tables; '.' = no base letter).
/// </remarks>
internal static class LatinLetterFolding
{
    // U+00C0 to U+024F: Latin-1 Supplement letters, Latin Extended-A and -B.
    private const string LatinFrom00C0 =
        "aaaaaa.ceeeeiiii.nooooo..uuuuy..aaaaaa.ceeeeiiii.nooooo..uuuuy.y"
        + "aaaaaaccccccccdd..eeeeeeeeeegggggggghh..iiiiiiiii...jjkk.llllll."
        + "...nnnnnn...oooooo..rrrrrrsssssssstttt..uuuuuuuuuuuuwwyyyzzzzzz."
        + "................................oo.............uu..............."
        + ".............aaiioouuuuuuuuuu.aaaa....ggkkoooo..j...gg..nnaa...."
        + "aaaaeeeeiiiioooorrrruuuusstt..hh......aaeeooooooooyy............"
        + "................";

    // U+1E00 to U+1EFF: Latin Extended Additional (Vietnamese and other stacked accents).
    private const string LatinFrom1E00 =
        "aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmm"
        + "mmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvv"
        + "wwwwwwwwwwxxxxyyzzzzzzhtwy......aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeee"
        + "eeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy......";

    /// <summary>The lower-case base letter, or null when <paramref name="c"/> is not a precomposed Latin letter.</summary>
    public static char? BaseLetter(char c)
    {
        var folded = c switch
        {
            >= '\u00C0' and <= '\u024F' => LatinFrom00C0[c - '\u00C0'],
            >= '\u1E00' and <= '\u1EFF' => LatinFrom1E00[c - '\u1E00'],
            _ => '.',
        };
        return folded == '.' ? null : folded;
    }
}
