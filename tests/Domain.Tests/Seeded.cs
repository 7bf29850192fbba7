using Xunit.Sdk;

namespace Recruitment.Domain.Tests;

/// <summary>Runs a property check on seeds 1 to N; whatever fails, the failure names its seed so it can be replayed.</summary>
internal static class Seeded
{
    public static void ForEach(int seeds, Action<int> check)
    {
        for (var seed = 1; seed <= seeds; seed++)
        {
            try
            {
                check(seed);
            }
            catch (Exception e) when (e is not IAssertionException)
            {
                // Assertions already say their seed; an exception thrown by the code under test does not.
                throw new InvalidOperationException($"Seed {seed}: {e.GetType().Name}: {e.Message}", e);
            }
        }
    }
}
