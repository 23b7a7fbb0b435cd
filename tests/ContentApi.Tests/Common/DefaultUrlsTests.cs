using ContentApi.Common.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace ContentApi.Tests.Common;

public sealed class DefaultUrlsTests
{
    [Fact]
    public void NothingConfigured_ListensOnTheDocumentedPort()
    {
        var builder = WebApplication.CreateBuilder([]).UseDefaultUrlUnlessConfigured();

        Assert.Equal(DefaultUrls.Url, builder.WebHost.GetSetting(WebHostDefaults.ServerUrlsKey));
    }

    [Theory]
    [InlineData("--urls", "http://127.0.0.1:6123")]
    [InlineData("--http_ports", "6124")]
    public void CommandLineUrls_WinOverTheDefault(string option, string value)
    {
        var builder = WebApplication.CreateBuilder([option, value]).UseDefaultUrlUnlessConfigured();

        Assert.NotEqual(DefaultUrls.Url, builder.WebHost.GetSetting(WebHostDefaults.ServerUrlsKey));
    }
}
