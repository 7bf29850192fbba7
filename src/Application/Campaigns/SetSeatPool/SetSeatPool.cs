using Mediator;
using Microsoft.EntityFrameworkCore;
using Recruitment.Application.Common.Exceptions;
using Recruitment.Application.Common.Interfaces;
using Recruitment.Domain.Consortium;

namespace Recruitment.Application.Campaigns.SetSeatPool;

/// <summary>Sets the seats of the pool (program, status, track) of a campaign, creating the pool if it does not exist.</summary>
public sealed record SetSeatPoolCommand(int Year, string ProgramCode, ProgramStatus Status, string TrackCode, int Seats) : ICommand;

internal sealed class SetSeatPoolHandler(IApplicationDbContext db) : ICommandHandler<SetSeatPoolCommand>
{
    public async ValueTask<Unit> Handle(SetSeatPoolCommand command, CancellationToken cancellationToken)
    {
        var campaign = await db.Campaigns.Include(c => c.SeatPools).SingleOrDefaultAsync(c => c.Year == command.Year, cancellationToken)
            ?? throw NotFoundException.For("Campaign", command.Year);
        var program = await db.Programs.SingleAsync(p => p.Code == command.ProgramCode, cancellationToken);
        var track = await db.Tracks.SingleAsync(t => t.Code == command.TrackCode, cancellationToken);
        campaign.SetSeats(program, command.Status, track, command.Seats);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
