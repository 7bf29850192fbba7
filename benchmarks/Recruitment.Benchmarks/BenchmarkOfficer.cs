using Recruitment.Application.Common.Interfaces;
using Recruitment.Application.Common.Security;

namespace Recruitment.Benchmarks;

/// <summary>
/// The admissions officer the use cases see in the benchmarks: who lists and exports applications, imports marks and
/// computes rankings.
/// </summary>
internal sealed class BenchmarkOfficer : ICurrentUser
{
    public string? UserId => "benchmark-officer";

    public string? Email => "officer@recruitment.test";

    public string DisplayName => "Benchmark officer";

    public int? SchoolId => null;

    public bool IsInRole(string role) => role == Roles.AdmissionsOfficer;
}
