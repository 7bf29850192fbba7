using Recruitment.Domain.Consortium;

namespace Recruitment.Domain.Campaigns;

/// <summary>
/// The seats of one program, for one status and one track, in one campaign (e.g. Télécom Nancy, student status,
/// MP track, 55 seats). Each pool ranks its candidates by the merit ranking of its track.
/// </summary>
public sealed class SeatPool
{
    private SeatPool()
    {
    }

    public int Id { get; private set; }

    public int CampaignId { get; private set; }

    public int ProgramId { get; private set; }

    public EngineeringProgram? Program { get; private set; }

    public ProgramStatus Status { get; private set; }

    public int TrackId { get; private set; }

    public Track? Track { get; private set; }

    public int Seats { get; private set; }

    internal static SeatPool Create(EngineeringProgram program, ProgramStatus status, Track track, int seats) => new()
    {
        Program = program,
        ProgramId = program.Id,
        Status = status,
        Track = track,
        TrackId = track.Id,
        Seats = seats,
    };

    internal bool Is(EngineeringProgram program, ProgramStatus status, Track track) =>
        (Program == program || (program.Id != 0 && ProgramId == program.Id))
        && Status == status
        && (Track == track || (track.Id != 0 && TrackId == track.Id));

    internal void ChangeSeats(int seats) => Seats = seats;
}
