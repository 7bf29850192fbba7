using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Recruitment.Application.Common.Interfaces;
using Recruitment.Application.Common.Localization;
using Recruitment.Domain.Consortium;

namespace Recruitment.Application.Campaigns.SetSeatPool;

internal sealed class SetSeatPoolValidator : AbstractValidator<SetSeatPoolCommand>
{
    public SetSeatPoolValidator(IApplicationDbContext db)
    {
        RuleFor(c => c.Seats).GreaterThanOrEqualTo(0).WithMessage(_ => Text.Get("The number of seats must be 0 or more."));
        RuleFor(c => c.Status).IsInEnum().WithMessage(_ => Text.Get("The status must be Student or Apprentice."));
        RuleFor(c => c.TrackCode)
            .NotEmpty()
            .MustAsync(async (code, ct) => await db.Tracks.AnyAsync(t => t.Code == code, ct))
            .WithMessage(c => Text.Format("There is no track '{0}'.", c.TrackCode));
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
                    context.AddFailure(Text.Format("There is no program '{0}'.", code));
                }
                else if ((status == ProgramStatus.Student && !program.OffersStudentStatus)
                    || (status == ProgramStatus.Apprentice && !program.OffersApprenticeStatus))
                {
                    context.AddFailure(
                        nameof(SetSeatPoolCommand.Status),
                        status == ProgramStatus.Student
                            ? Text.Format("Program {0} is not offered under student status.", code)
                            : Text.Format("Program {0} is not offered under apprentice status.", code));
                }
            });
    }
}
