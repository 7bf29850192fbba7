using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Recruitment.Application.Common.Interfaces;
using Recruitment.Application.Common.Security;
using Recruitment.Application.Consortium.GetConsortium;
using Recruitment.Application.Users.CreateUser;
using Recruitment.Application.Users.ListUsers;
using Recruitment.Web.Infrastructure;

namespace Recruitment.Web.Pages.Admin.Users;

/// <summary>Staff accounts: administrators create officers, directors and other administrators here.</summary>
public sealed class IndexModel(IMediator mediator, IStringLocalizer<IndexModel> text) : PageModel
{
    [BindProperty]
    public NewUserForm Input { get; set; } = new();

    public IReadOnlyList<UserAccount> Users { get; private set; } = [];

    public IReadOnlyList<SchoolDto> Schools { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            await mediator.Send(
                new CreateUserCommand(
                    Input.Email,
                    Input.DisplayName,
                    Input.Password,
                    Input.Role,
                    string.IsNullOrWhiteSpace(Input.SchoolCode) || Input.Role != Roles.SchoolDirector ? null : Input.SchoolCode),
                cancellationToken);
            TempData["Success"] = text["Account {0} created.", Input.Email].Value;
            return RedirectToPage();
        }
        catch (ValidationException ex)
        {
            ModelState.AddValidationErrors(ex, nameof(Input));
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Users = await mediator.Send(new ListUsersQuery(), cancellationToken);
        Schools = (await mediator.Send(new GetConsortiumQuery(), cancellationToken)).Schools;
    }

    public sealed class NewUserForm
    {
        public string Email { get; set; } = string.Empty;

        public string DisplayName { get; set; } = string.Empty;

        public string Password { get; set; } = string.Empty;

        public string Role { get; set; } = Roles.AdmissionsOfficer;

        public string? SchoolCode { get; set; }
    }
}
