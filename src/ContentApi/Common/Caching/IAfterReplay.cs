namespace ContentApi.Common.Caching;

/// <summary>
/// An in-process cache of something delivery reads show (forgotten after a commit, like the site
/// identity): with a read replica it may have been filled from the replica before it replayed the
/// commit, so it is forgotten again once the replica has, just before the answers are evicted again.
/// </summary>
public interface IAfterReplay
{
    void OnReplayed();
}
