using ContentApi.Features.Redirects;

namespace ContentApi.Tests.Features.Import;

public sealed class OldPathTests
{
    [Theory]
    [InlineData("/2024/05/01/A-Slug/", "/2024/05/01/a-slug")]
    [InlineData("https://old.example/2024/05/01/a-slug", "/2024/05/01/a-slug")]
    [InlineData("/%ce%b5%cf%80%ce%af%cf%80%ce%b5%ce%b4%ce%bf-2/", "/επίπεδο-2")]
    [InlineData("/?p=42", "?p=42")]
    [InlineData("https://old.example/?utm=x&page_id=7", "?page_id=7")]
    [InlineData("/about/?replytocom=5", "/about")]
    public void Normalize_SpellingsOfOneUrl_AreOneKey(string url, string expected) => Assert.Equal(expected, OldPath.Normalize(url));

    [Theory]
    [InlineData("/")]
    [InlineData("")]
    [InlineData("https://old.example/")]
    [InlineData("/?p=abc")]
    public void Normalize_NothingToRedirect_IsNull(string url) => Assert.Null(OldPath.Normalize(url));
}
