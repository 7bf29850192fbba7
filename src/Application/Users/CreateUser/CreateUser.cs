using Mediator;
using Recruitment.Application.Common.Interfaces;
using Recruitment.Application.Common.Security;

namespace Recruitment.Application.Users.CreateUser;

/// <summary>An administrator creates an account for a staff member (officer, director or administrator).</summary>
public sealed record CreateUserCommand(string Email, string DisplayName, string Password, string Role, string? SchoolCode) : ICommand<string>;

internal sealed class CreateUserHandler(IIdentityService identity, IApplicationDbContext db) : ICommandHandler<CreateUserCommand, string>
{
    public async ValueTask<string> Handle(CreateUserCommand command, CancellationToken cancellationToken)
    {
        int? schoolId = null;
        if (command.Role == Roles.SchoolDirector)
        {
            schoolId = db.Schools.Where(s => s.Code == command.SchoolCode).Select(s => s.Id).Single();
        }

        return await identity.CreateUserAsync(
            new NewUserAccount(command.Email.Trim(), command.DisplayName.Trim(), command.Password, command.Role, schoolId),
            cancellationToken);
    }
}
