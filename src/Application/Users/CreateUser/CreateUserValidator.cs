using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Recruitment.Application.Common.Interfaces;
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
            .WithMessage("An account with this e-mail already exists.");
        RuleFor(c => c.DisplayName).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Password).NotEmpty().MinimumLength(MinPasswordLength)
            .WithMessage($"The password must have at least {MinPasswordLength} characters.");
        RuleFor(c => c.Role).Must(role => Roles.All.Contains(role))
            .WithMessage($"The role must be one of: {string.Join(", ", Roles.All)}.");
        When(c => c.Role == Roles.SchoolDirector, () =>
            RuleFor(c => c.SchoolCode)
                .Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("A school director must be bound to a school.")
                .MustAsync(async (code, ct) => await db.Schools.AnyAsync(s => s.Code == code, ct))
                .WithMessage(c => $"There is no school '{c.SchoolCode}'."));
        When(c => c.Role != Roles.SchoolDirector, () =>
            RuleFor(c => c.SchoolCode).Empty().WithMessage("Only school directors are bound to a school."));
    }
}
