namespace Recruitment.Application.Common.Interfaces;

/// <summary>
/// A unit of background work. Jobs run at least once, possibly twice: running one again with the same arguments
/// must leave the same result.
/// </summary>
public interface IJob<in TArgs>
{
    Task ExecuteAsync(TArgs args, CancellationToken cancellationToken);
}

/// <summary>Enqueues background work; how and where it runs is an infrastructure matter.</summary>
public interface IBackgroundJobs
{
    /// <returns>The job's identifier, to follow it on the jobs dashboard.</returns>
    string Enqueue<TJob, TArgs>(TArgs args)
        where TJob : IJob<TArgs>;
}
