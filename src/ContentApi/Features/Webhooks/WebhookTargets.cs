using System.Net;
using System.Net.Sockets;

namespace ContentApi.Features.Webhooks;

/// <summary>
/// Keeps webhooks off the private network (SSRF): private, loopback, link-local and unspecified
/// addresses are refused, on subscribing and again on every connection, since DNS can change.
/// </summary>
public sealed class WebhookTargets(WebhookOptions options)
{
    /// <summary>Why the URL's host may not be a target, or null when it may.</summary>
    public async Task<string?> RefusalAsync(Uri url, CancellationToken cancellationToken)
    {
        if (options.AllowPrivateNetworks)
        {
            return null;
        }
        IPAddress[] addresses;
        try
        {
            addresses = await AddressesAsync(url.IdnHost, cancellationToken);
        }
        catch (SocketException)
        {
            return $"The host '{url.Host}' does not resolve.";
        }
        return addresses.FirstOrDefault(IsPrivate) is { } refused
            ? $"The host '{url.Host}' resolves to {refused}, a private, loopback or link-local address; webhooks go to public addresses only."
            : null;
    }

    /// <summary>The connection a delivery makes: to a resolved address that is allowed, never a redirect's or a private one.</summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = await AddressesAsync(host, cancellationToken);
        var allowed = options.AllowPrivateNetworks ? addresses : addresses.Where(a => !IsPrivate(a)).ToArray();
        if (allowed.Length == 0 || allowed.Length < addresses.Length)
        {
            throw new HttpRequestException($"Refused: '{host}' resolves to a private, loopback or link-local address.");
        }
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>An address literal as it is (DNS refuses to "resolve" 0.0.0.0), a name as DNS answers now.</summary>
    private static async Task<IPAddress[]> AddressesAsync(string host, CancellationToken cancellationToken) =>
        IPAddress.TryParse(host.Trim('[', ']'), out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);

    public static bool IsPrivate(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any))
        {
            return true;
        }
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var first = address.GetAddressBytes()[0];
            return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || (first & 0xFE) == 0xFC;
        }
        var b = address.GetAddressBytes();
        return b[0] is 10 or 127 or 0 || (b[0] == 172 && b[1] is >= 16 and <= 31) || (b[0] == 192 && b[1] == 168) || (b[0] == 169 && b[1] == 254);
    }
}
