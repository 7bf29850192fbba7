using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Recruitment.Application.Common.Interfaces;
using Recruitment.Application.Common.Localization;
using Recruitment.Application.Common.Security;

namespace Recruitment.Application.Users.CreateUser;

internal sealed class CreateUserValidator : AbstractValidator<CreateUserCommand>
{
    public const int MinPasswordLength = 12;

    public CreateUserValidator(IApplicationDbContext db, IIdentityService identity)
    {
        RuleFor(c => c.Email)
            .NotEmpty()
            .EmailAddress()
            .MaximumLength(256)
            .MustAsync(async (email, ct) => !await identity.EmailExistsAsync(email.Trim(), ct))
            .WithMessage(_ => Text.Get("An account with this e-mail already exists."));
        RuleFor(c => c.DisplayName).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Password).NotEmpty().MinimumLength(MinPasswordLength)
            .WithMessage(_ => Text.Format("The password must have at least {0} characters.", MinPasswordLength));
        RuleFor(c => c.Role).Must(role => Roles.All.Contains(role))
            .WithMessage(_ => Text.Format("The role must be one of: {0}.", string.Join(", ", Roles.All)));
        When(c => c.Role == Roles.SchoolDirector, () =>
            RuleFor(c => c.SchoolCode)
                .Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage(_ => Text.Get("A school director must be bound to a school."))
                .MustAsync(async (code, ct) => await db.Schools.AnyAsync(s => s.Code == code, ct))
                .WithMessage(c => Text.Format("There is no school '{0}'.", c.SchoolCode)));
        When(c => c.Role != Roles.SchoolDirector, () =>
            RuleFor(c => c.SchoolCode).Empty().WithMessage(_ => Text.Get("Only school directors are bound to a school.")));
    }
}
