using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Recruitment.Application.Common.Interfaces;
using Recruitment.Domain.Consortium;

namespace Recruitment.Application.Campaigns.SetSeatPool;

internal sealed class SetSeatPoolValidator : AbstractValidator<SetSeatPoolCommand>
{
    public SetSeatPoolValidator(IApplicationDbContext db)
    {
        RuleFor(c => c.Seats).GreaterThanOrEqualTo(0).WithMessage("The number of seats must be 0 or more.");
        RuleFor(c => c.Status).IsInEnum().WithMessage("The status must be Student or Apprentice.");
        RuleFor(c => c.TrackCode)
            .NotEmpty()
            .MustAsync(async (code, ct) => await db.Tracks.AnyAsync(t => t.Code == code, ct))
            .WithMessage(c => $"There is no track '{c.TrackCode}'.");
        RuleFor(c => c.ProgramCode)
            .NotEmpty()
            .CustomAsync(async (code, context, ct) =>
            {
                var program = await db.Programs.AsNoTracking()
                    .Where(p => p.Code == code)
                    .Select(p => new { p.OffersStudentStatus, p.OffersApprenticeStatus })
                    .SingleOrDefaultAsync(ct);
                var status = context.InstanceToValidate.Status;
                if (program is null)
                {
                    context.AddFailure($"There is no program '{code}'.");
                }
                else if ((status == ProgramStatus.Student && !program.OffersStudentStatus)
                    || (status == ProgramStatus.Apprentice && !program.OffersApprenticeStatus))
                {
                    context.AddFailure(
                        nameof(SetSeatPoolCommand.Status),
                        $"Program {code} is not offered under {status.ToString().ToLowerInvariant()} status.");
                }
            });
    }
}
