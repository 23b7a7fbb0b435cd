using System.Buffers;
using System.IO.Pipelines;
using Microsoft.AspNetCore.OutputCaching;
using StackExchange.Redis;

namespace ContentApi.Common.SharedState;

/// <summary>
/// The output cache over Redis, minus Redis's outages: a read that cannot reach Redis is a miss and
/// a store is skipped (both logged), so readers are answered from the database rather than with a
/// 500. Eviction is not softened: its failure reaches the after-commit runner, which logs it.
/// </summary>
public sealed class FailSoftOutputCacheStore(IOutputCacheStore inner, ILogger<FailSoftOutputCacheStore> logger) : IOutputCacheBufferStore
{
    public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken) => inner.EvictByTagAsync(tag, cancellationToken);

    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            return await inner.GetAsync(key, cancellationToken);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            logger.LogWarning(exception, "The output cache could not be read; answering from the database.");
            return null;
        }
    }

    public async ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        try
        {
            await inner.SetAsync(key, value, tags, validFor, cancellationToken);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            logger.LogWarning(exception, "An answer could not be stored in the output cache.");
        }
    }

    public async ValueTask<bool> TryGetAsync(string key, PipeWriter destination, CancellationToken cancellationToken)
    {
        if (inner is not IOutputCacheBufferStore buffers)
        {
            var bytes = await GetAsync(key, cancellationToken);
            if (bytes is null)
            {
                return false;
            }
            await destination.WriteAsync(bytes, cancellationToken);
            return true;
        }
        try
        {
            return await buffers.TryGetAsync(key, destination, cancellationToken);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            logger.LogWarning(exception, "The output cache could not be read; answering from the database.");
            return false;
        }
    }

    public async ValueTask SetAsync(string key, ReadOnlySequence<byte> value, ReadOnlyMemory<string> tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        try
        {
            if (inner is IOutputCacheBufferStore buffers)
            {
                await buffers.SetAsync(key, value, tags, validFor, cancellationToken);
                return;
            }
            await inner.SetAsync(key, value.ToArray(), tags.ToArray(), validFor, cancellationToken);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            logger.LogWarning(exception, "An answer could not be stored in the output cache.");
        }
    }

    /// <summary>Wraps the store registered last (Redis's) in this one.</summary>
    public static void Decorate(IServiceCollection services)
    {
        var registered = services.Last(d => d.ServiceType == typeof(IOutputCacheStore));
        services.Remove(registered);
        services.AddSingleton<IOutputCacheStore>(sp => new FailSoftOutputCacheStore(Create(sp, registered), sp.GetRequiredService<ILogger<FailSoftOutputCacheStore>>()));
    }

    private static IOutputCacheStore Create(IServiceProvider services, ServiceDescriptor descriptor) =>
        (IOutputCacheStore)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!));
}
