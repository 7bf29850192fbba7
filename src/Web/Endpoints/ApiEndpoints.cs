using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Recruitment.Web.Endpoints;

internal static class ApiEndpoints
{
    public static void MapApiEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapAuthEndpoints();
        api.MapConsortiumEndpoints();
        api.MapCampaignEndpoints();
        api.MapUserEndpoints();
        api.MapApplicantEndpoints();
        api.MapRoundEndpoints();
        api.MapOfficerApplicationEndpoints();
        api.MapRankingEndpoints();
    }

    /// <summary>
    /// A file upload from a program (multipart form). It carries no anti-forgery token, so it takes a bearer token
    /// only: a browser's sign-in cookie, which another site could make it send, is not enough.
    /// </summary>
    public static RouteHandlerBuilder FormPostFromPrograms(this RouteHandlerBuilder builder) =>
        builder
            .DisableAntiforgery()
            .RequireAuthorization(new AuthorizeAttribute { AuthenticationSchemes = IdentityConstants.BearerScheme });
}
