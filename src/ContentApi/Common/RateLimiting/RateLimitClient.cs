using System.Net;
using System.Net.Sockets;
using ContentApi.Common.Auth;

namespace ContentApi.Common.RateLimiting;

/// <summary>
/// Who a request counts against. Only a key the authentication step verified names a client: a
/// key a caller merely presents is free to invent, so it would let one caller pick a fresh bucket
/// per request. Everything else counts against the address, an IPv6 caller by its /64, the
/// smallest block one subscriber is usually given.
/// </summary>
public static class RateLimitClient
{
    public static string Of(HttpContext context) =>
        context.User.FindFirst(Scopes.KeyIdClaimType)?.Value is { } keyId
            ? "key:" + keyId
            : "ip:" + AddressBlock(context.Connection.RemoteIpAddress);

    public static string AddressBlock(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }
        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
