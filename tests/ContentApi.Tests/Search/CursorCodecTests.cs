using ContentApi.Common.Querying;
using Microsoft.Extensions.Configuration;

namespace ContentApi.Tests.Search;

public sealed class CursorCodecTests
{
    private static CursorCodec Codec(string? key = null) =>
        new(new ConfigurationBuilder().AddInMemoryCollection(key is null ? [] : [new("Cursors:Key", key)]).Build());

    [Fact]
    public void Decode_OwnCursor_GivesThePositionBack()
    {
        var codec = Codec();
        var position = new CursorPosition(42, new DateTime(2024, 3, 2, 0, 0, 0, DateTimeKind.Utc), "Title ’é", 1.25e-6);

        Assert.True(codec.TryDecode(codec.Encode("scope", position), "scope", out var read, out _));

        Assert.Equal(position, read);
        Assert.Equal(DateTimeKind.Utc, read.Date!.Value.Kind);
    }

    [Fact]
    public void Decode_AnyChangedCharacter_IsRejected()
    {
        var codec = Codec();
        var token = codec.Encode("scope", new CursorPosition(7, Text: "b"));

        for (var i = 0; i < token.Length; i++)
        {
            var changed = token[..i] + (token[i] == 'A' ? 'B' : 'A') + token[(i + 1)..];
            Assert.False(codec.TryDecode(changed, "scope", out _, out var error), $"changed at {i}");
            Assert.Equal(CursorCodec.Unreadable, error);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a cursor!")]
    [InlineData("eyJzIjoieCIsImkiOjF9")]
    public void Decode_Garbage_IsRejected(string token)
    {
        Assert.False(Codec().TryDecode(token, "scope", out _, out var error));
        Assert.Equal(CursorCodec.Unreadable, error);
    }

    [Fact]
    public void Decode_CursorOfAnotherList_SaysSo()
    {
        var codec = Codec();

        Assert.False(codec.TryDecode(codec.Encode("sort=title", new CursorPosition(1)), "sort=-publishedAt", out _, out var error));

        Assert.Equal(CursorCodec.OtherList, error);
    }

    [Fact]
    public void Decode_ConfiguredKey_OutlivesTheProcessButARandomKeyDoesNot()
    {
        var token = Codec("shared-secret").Encode("scope", new CursorPosition(3));

        Assert.True(Codec("shared-secret").TryDecode(token, "scope", out _, out _));
        Assert.False(Codec().TryDecode(Codec().Encode("scope", new CursorPosition(3)), "scope", out _, out _));
    }
}
