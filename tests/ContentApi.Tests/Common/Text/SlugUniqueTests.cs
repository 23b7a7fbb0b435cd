using ContentApi.Common.Text;
using ContentApi.Seeding;

namespace ContentApi.Tests.Common.Text;

public class SlugUniqueTests
{
    [Fact]
    public void Unique_FreeSlug_IsReturnedAsIs() => Assert.Equal("a", Slug.Unique("a", _ => false));

    [Fact]
    public void Unique_TakenSlug_GetsFirstFreeSuffix()
    {
        var taken = new HashSet<string> { "a", "a-2", "a-3" };

        Assert.Equal("a-4", Slug.Unique("a", taken.Contains));
    }

    [Fact]
    public void Unique_TakenSlug_GetsSuffixTwo() => Assert.Equal("a-2", Slug.Unique("a", taken => taken == "a"));

    [Fact]
    public void Unique_SlugAtCap_StaysWithinCap()
    {
        var full = string.Join('-', Enumerable.Repeat("abcdefghi", 11)) + "-" + new string('z', 10);

        var unique = Slug.Unique(full, taken => taken == full);

        Assert.Equal(120, full.Length);
        Assert.Equal(full[..118] + "-2", unique);
    }
}
