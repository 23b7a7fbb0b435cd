using System.Collections.Concurrent;
using System.Net.Http.Json;
using ContentApi.Common.Auth;
using ContentApi.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ContentApi.Tests.Common;

/// <summary>Keys never reach the log, at any level, whether they work or not.</summary>
public sealed class KeyLoggingTests(KeyLoggingTests.Factory factory) : IClassFixture<KeyLoggingTests.Factory>
{
    public sealed class Factory : WriteApiFactory
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(new CapturingProvider(Lines)));
        }
    }

    [Fact]
    public async Task Keys_GoodBadAndNew_NeverAppearInTheLog()
    {
        var created = await factory.CreateKeyAsync("logged", Scopes.Write);
        const string wrong = "capi_wrong-key-that-must-not-be-logged-000000000000";
        await factory.CreateClient(created).PostAsJsonAsync("/api/v1/articles", new { title = "Logged write" });
        await factory.CreateClient(wrong).PostAsJsonAsync("/api/v1/articles", new { title = "Refused write" });

        var log = string.Join('\n', factory.Lines);
        Assert.Contains("ApiKey", log);
        foreach (var secret in new[] { WriteApiFactory.WriteKey, created, wrong })
        {
            Assert.DoesNotContain(secret, log);
            Assert.DoesNotContain(secret[..20], log);
        }
    }

    private sealed class CapturingProvider(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, lines);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue($"{category}: {formatter(state, exception)} {exception}");
        }
    }
}
