namespace ContentApi.Common.Writes;

/// <summary>
/// Something an instance keeps in memory about the content, read again after any commit: a commit
/// here tells it as an <see cref="IAfterCommit"/>; a commit on another instance reaches it through
/// the commit broadcast, which calls <see cref="Forget"/>.
/// </summary>
public interface IContentMemory
{
    void Forget();
}

public static class ContentMemoryRegistration
{
    /// <summary>Registers <typeparamref name="T"/> once, as itself, as an after-commit step and as content memory.</summary>
    public static IServiceCollection AddContentMemory<T>(this IServiceCollection services) where T : class, IContentMemory, IAfterCommit =>
        services.AddSingleton<T>()
            .AddSingleton<IAfterCommit>(sp => sp.GetRequiredService<T>())
            .AddSingleton<IContentMemory>(sp => sp.GetRequiredService<T>());
}
