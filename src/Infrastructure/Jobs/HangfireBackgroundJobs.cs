using Hangfire;
using Recruitment.Application.Common.Interfaces;

namespace Recruitment.Infrastructure.Jobs;

internal sealed class HangfireBackgroundJobs(IBackgroundJobClient client) : IBackgroundJobs
{
    // Hangfire swaps CancellationToken.None for the server's shutdown token when the job runs.
    public string Enqueue<TJob, TArgs>(TArgs args)
        where TJob : IJob<TArgs> =>
        client.Enqueue<TJob>(job => job.ExecuteAsync(args, CancellationToken.None));
}
