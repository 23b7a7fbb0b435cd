namespace ContentApi.Tests.Features.Webhooks;

public static class Eventually
{
    /// <summary>Polls until the condition holds; fails after a generous wait (this is not a speed check).</summary>
    public static async Task HoldsAsync(Func<Task<bool>> condition, string what, int seconds = 60)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < until, $"Still not true after {seconds} s: {what}");
            await Task.Delay(50);
        }
    }

    public static Task HoldsAsync(Func<bool> condition, string what, int seconds = 60) =>
        HoldsAsync(() => Task.FromResult(condition()), what, seconds);
}
