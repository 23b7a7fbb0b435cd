using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ContentApi.Tests.Infrastructure;

/// <summary>
/// A throwaway redis-server on a free loopback port, with no persistence, stopped when disposed.
/// Tests that need one are [RedisFact]s: skipped, saying why, where redis-server is not installed
/// (CI installs it, so there they always run).
/// </summary>
public sealed class RedisServer : IDisposable
{
    public static readonly string? Binary = new[] { "/usr/bin/redis-server", "/usr/local/bin/redis-server" }.FirstOrDefault(File.Exists);

    private readonly Process? _process;
    private readonly string _directory = Directory.CreateTempSubdirectory("contentapi-redis-").FullName;

    public RedisServer()
    {
        // Without the binary every test using this is skipped ([RedisFact]): nothing to start.
        if (Binary is null)
        {
            return;
        }
        Port = FreePort();
        _process = Process.Start(new ProcessStartInfo(Binary,
            ["--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", _directory])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        _process.OutputDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        WaitUntilListening();
    }

    public int Port { get; }

    public string Configuration => $"127.0.0.1:{Port}";

    public void Dispose()
    {
        if (_process is null)
        {
            return;
        }
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit(5000);
        }
        _process.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    private void WaitUntilListening()
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(50);
            }
        }
        throw new InvalidOperationException($"redis-server did not listen on port {Port} within 5 s.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>A test that needs a real redis-server: skipped with the reason where none is installed.</summary>
public sealed class RedisFactAttribute : FactAttribute
{
    public const string Missing = "redis-server is not installed (apt-get install redis-server; .ci/run does): the Redis and two-instance tests need a real one.";

    public RedisFactAttribute()
    {
        if (RedisServer.Binary is null)
        {
            Skip = Missing;
        }
    }
}
