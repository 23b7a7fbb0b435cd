using ContentApi.Features.Webhooks;

namespace ContentApi.Tests.Features.Webhooks;

public sealed class WebhookSignerTests
{
    [Fact]
    public void Signs_the_standard_webhooks_published_test_vector()
    {
        var signature = WebhookSigner.Sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, "{\"test\": 2432232314}");

        Assert.Equal("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", signature);
    }

    [Theory]
    [InlineData("*", "site.updated", true)]
    [InlineData("author.*", "author.deleted", true)]
    [InlineData("author.*", "authorx.created", false)]
    [InlineData("article.published article.deleted", "article.deleted", true)]
    [InlineData("article.published", "article.updated", false)]
    public void Event_patterns_match_names(string patterns, string name, bool matches) =>
        Assert.Equal(matches, WebhookEvents.Matches(patterns, name));
}
