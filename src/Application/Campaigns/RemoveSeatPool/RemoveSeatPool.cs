using Mediator;
using Microsoft.EntityFrameworkCore;
using Recruitment.Application.Common.Exceptions;
using Recruitment.Application.Common.Interfaces;
using Recruitment.Domain.Campaigns;
using Recruitment.Domain.Consortium;

namespace Recruitment.Application.Campaigns.RemoveSeatPool;

public sealed record RemoveSeatPoolCommand(int Year, string ProgramCode, ProgramStatus Status, string TrackCode) : ICommand;

internal sealed class RemoveSeatPoolHandler(IApplicationDbContext db) : ICommandHandler<RemoveSeatPoolCommand>
{
    public async ValueTask<Unit> Handle(RemoveSeatPoolCommand command, CancellationToken cancellationToken)
    {
        var campaign = await db.Campaigns.Include(c => c.SeatPools).SingleOrDefaultAsync(c => c.Year == command.Year, cancellationToken)
            ?? throw NotFoundException.For("Campaign", command.Year);
        var program = await db.Programs.SingleOrDefaultAsync(p => p.Code == command.ProgramCode, cancellationToken);
        var track = await db.Tracks.SingleOrDefaultAsync(t => t.Code == command.TrackCode, cancellationToken);
        if (program is null || track is null || campaign.FindPool(program, command.Status, track) is null)
        {
            throw NotFoundException.For("Seat pool", $"{command.ProgramCode}/{command.Status}/{command.TrackCode}");
        }

        campaign.RemovePool(program, command.Status, track);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
