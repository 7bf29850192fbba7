using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Recruitment.Application.Consortium.GetConsortium;

namespace Recruitment.Web.Pages;

[AllowAnonymous]
public sealed class SchoolsModel(IMediator mediator) : PageModel
{
    public ConsortiumDto Consortium { get; private set; } = new([], []);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Consortium = await mediator.Send(new GetConsortiumQuery(), cancellationToken);
}
