using System.Net;
using System.Net.Http.Json;
using ContentApi.Common.Writes;
using ContentApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ContentApi.Tests.Common;

/// <summary>Writers queue inside the app; one that waits too long is told to come back, and nothing is written.</summary>
public sealed class WriteQueueTests(WriteQueueTests.Factory factory) : IClassFixture<WriteQueueTests.Factory>
{
    public sealed class Factory : WriteApiFactory
    {
        protected override IEnumerable<(string Key, string Value)> Settings => base.Settings.Append(("Writes:QueueTimeoutSeconds", "0.3"));
    }

    [Fact]
    public async Task Write_WhileTheQueueStaysBusy_Is503WithRetryAfter_AndWritesNothing()
    {
        var editor = factory.CreateWriteClient();
        var gate = factory.Services.GetRequiredService<WriteGate>();
        HttpResponseMessage refused;
        using (await gate.EnterAsync(CancellationToken.None))
        {
            refused = await editor.PostAsJsonAsync("/api/v1/tags", new { name = "Queued tag" });
        }

        var problem = await refused.AssertProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.Equal("1", refused.Headers.RetryAfter?.Delta?.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("nothing was written", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync("/api/v1/tags/queued-tag")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await editor.PostAsJsonAsync("/api/v1/tags", new { name = "Queued tag" })).StatusCode);
    }
}
