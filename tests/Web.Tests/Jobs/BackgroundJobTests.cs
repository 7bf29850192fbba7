using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Recruitment.Application.Common.Interfaces;
using Recruitment.Web.Tests.Support;

namespace Recruitment.Web.Tests.Jobs;

public sealed class BackgroundJobTests(RecruitmentApp app) : IClassFixture<RecruitmentApp>
{
    [Fact]
    public async Task A_job_enqueued_through_the_application_interface_runs_on_the_job_server()
    {
        var marker = Guid.NewGuid().ToString("N");
        using (var scope = app.Services.CreateScope())
        {
            var id = scope.ServiceProvider.GetRequiredService<IBackgroundJobs>().Enqueue<RecordingJob, string>(marker);
            Assert.False(string.IsNullOrEmpty(id));
        }

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!RecordingJob.Runs.ContainsKey(marker) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200, TestContext.Current.CancellationToken);
        }

        Assert.True(RecordingJob.Runs.TryGetValue(marker, out var runs), $"The job did not run within 30 s. {app.Logs}");
        Assert.Equal(1, runs);
    }
}

public sealed class RecordingJob : IJob<string>
{
    public static ConcurrentDictionary<string, int> Runs { get; } = new();

    public Task ExecuteAsync(string args, CancellationToken cancellationToken)
    {
        Runs.AddOrUpdate(args, 1, (_, n) => n + 1);
        return Task.CompletedTask;
    }
}
