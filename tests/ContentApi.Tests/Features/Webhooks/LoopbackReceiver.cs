using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Net;

namespace ContentApi.Tests.Features.Webhooks;

/// <summary>One webhook request as the receiver saw it.</summary>
public sealed record ReceivedWebhook(string Path, string Id, string Timestamp, string Signature, string Body, int AnsweredWith);

/// <summary>
/// A webhook receiver on 127.0.0.1 (HttpListener: no second ASP.NET host beside the test's),
/// recording every request. <see cref="Answer"/> decides the status per path and hit number;
/// <see cref="Hold"/> keeps requests waiting (a slow receiver).
/// </summary>
public sealed class LoopbackReceiver : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentDictionary<string, int> _hits = new();
    private Task _loop = Task.CompletedTask;

    private LoopbackReceiver(int port)
    {
        Url = $"http://127.0.0.1:{port}";
        _listener.Prefixes.Add(Url + "/");
    }

    public string Url { get; }

    public ConcurrentQueue<ReceivedWebhook> Received { get; } = new();

    /// <summary>The webhook-id of every request, as it arrives (before any hold).</summary>
    public ConcurrentQueue<string> Arrived { get; } = new();

    public Func<string, int, int> Answer { get; set; } = (_, _) => 200;

    /// <summary>While not completed, requests wait here before they are answered.</summary>
    public TaskCompletionSource Hold { get; set; } = Released();

    public static TaskCompletionSource Released()
    {
        var released = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        released.SetResult();
        return released;
    }

    /// <summary>Starts listening at once: a receiver is made by the test that uses it.</summary>
    public static LoopbackReceiver Start(int port)
    {
        var receiver = new LoopbackReceiver(port);
        receiver._listener.Start();
        receiver._loop = Task.Run(receiver.ListenAsync);
        return receiver;
    }

    public IReadOnlyList<ReceivedWebhook> At(string path) => Received.Where(r => r.Path == path).ToList();

    private async Task ListenAsync()
    {
        while (_listener.IsListening)
        {
            try
            {
                var context = await _listener.GetContextAsync();
                _ = Task.Run(() => HandleAsync(context));
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        var path = context.Request.Url!.AbsolutePath;
        using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var id = context.Request.Headers["webhook-id"] ?? "";
        Arrived.Enqueue(id);
        var hold = Hold.Task;
        var held = !hold.IsCompleted;
        await hold;
        // A held request's sender is gone by the time it is answered (the test killed it): recorded as unanswered (0).
        var status = held ? 0 : Answer(path, _hits.AddOrUpdate(path, 1, (_, n) => n + 1));
        Received.Enqueue(new ReceivedWebhook(path, id, context.Request.Headers["webhook-timestamp"] ?? "", context.Request.Headers["webhook-signature"] ?? "", body, status));
        try
        {
            context.Response.StatusCode = held ? 200 : status;
            if (status is >= 300 and < 400)
            {
                context.Response.RedirectLocation = "/redirected";
            }
            context.Response.Close();
        }
        catch (Exception exception) when (exception is HttpListenerException or IOException or ObjectDisposedException)
        {
            // The sender went away.
        }
    }

    /// <summary>The receiver's own check, as README shows it: HMAC-SHA256 over "{id}.{timestamp}.{body}" with the secret's key bytes.</summary>
    public static bool Verifies(string secret, ReceivedWebhook webhook)
    {
        var key = Convert.FromBase64String(secret["whsec_".Length..]);
        var expected = Encoding.ASCII.GetBytes("v1," + Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{webhook.Id}.{webhook.Timestamp}.{webhook.Body}"))));
        return webhook.Signature.Split(' ').Any(s => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(s), expected));
    }

    public void Dispose()
    {
        Hold.TrySetResult();
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }
}
