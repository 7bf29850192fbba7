namespace Recruitment.Domain.Allocation;

/// <summary>
/// A seat pool as the allocation sees it: its public id (e.g. <c>TN-ING/S/MP</c>), its number of seats and the
/// id of the merit ranking that orders its candidates. Several pools may share one ranking.
/// </summary>
public sealed record AllocationPool(string Id, int Capacity, string Ranking);
