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
}
