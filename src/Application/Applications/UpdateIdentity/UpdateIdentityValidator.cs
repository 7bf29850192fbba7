using FluentValidation;
using Recruitment.Application.Common.Localization;
using Recruitment.Domain.Applications;

namespace Recruitment.Application.Applications.UpdateIdentity;

internal sealed class UpdateIdentityValidator : AbstractValidator<UpdateIdentityCommand>
{
    public UpdateIdentityValidator(TimeProvider clock)
    {
        RuleFor(c => c.Number).ApplicationNumber();
        RuleFor(c => c.FirstName).Text("your first name", ApplicationRules.NameMaxLength);
        RuleFor(c => c.LastName).Text("your last name", ApplicationRules.NameMaxLength);
        RuleFor(c => c.BirthDate)
            .NotNull().WithMessage(_ => Text.Get("Enter your birth date."))
            .Must(d => d <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)).WithMessage(_ => Text.Get("The birth date cannot be in the future."))
            .Must(d => d >= new DateOnly(1900, 1, 1)).WithMessage(_ => Text.Get("The birth date must be after 1900."));
        RuleFor(c => c.Nationality).Country();
        RuleFor(c => c.Sex).NotNull().IsInEnum().WithMessage(_ => Text.Get("Choose one of the answers (you may choose not to say)."));
        RuleFor(c => c.Ine)
            .Must(ine => string.IsNullOrWhiteSpace(ine) || Ine.IsValid(ine))
            .WithMessage(_ => Text.Get("The INE has 11 characters: ten digits or capital letters, then a capital letter (e.g. 0123456789A)."));
    }
}
