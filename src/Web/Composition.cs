using System.Text.Json;
using System.Text.Json.Serialization;
using Hangfire;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Identity;
using Recruitment.Application;
using Recruitment.Application.Common.Behaviours;
using Recruitment.Application.Common.Interfaces;
using Recruitment.Application.Consortium.GetConsortium;
using Recruitment.Infrastructure;
using Recruitment.Infrastructure.Configuration;
using Recruitment.Infrastructure.Persistence;
using Recruitment.Web.Endpoints;
using Recruitment.Web.Infrastructure;
using Scalar.AspNetCore;

namespace Recruitment.Web;

/// <summary>How the application is put together: services, then the request pipeline.</summary>
public static class Composition
{
    private const string CookieOrBearer = "CookieOrBearer";

    public static IServiceCollection AddRecruitment(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddApplication();
        services.AddInfrastructure(configuration);
        services.AddMediator(options =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.Assemblies = [typeof(GetConsortiumQuery)];
            options.PipelineBehaviors = [typeof(ValidationBehaviour<,>)];
        });

        // Accented names (Télécom, Vandœuvre) are written as they are, not as numeric character references.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(options =>
            options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, CurrentUser>();
        services.AddSingleton<LocalTime>();
        services.AddScoped<Recruitment.Web.Pages.Account.AccountEmails>();
        services.AddScoped<Recruitment.Web.Pages.Account.ApplicantSignUp>();

        // Pages sign in with the Identity cookie; programs send "Authorization: Bearer <token>" from /api/auth/token.
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = CookieOrBearer;
                options.DefaultAuthenticateScheme = CookieOrBearer;
                options.DefaultChallengeScheme = CookieOrBearer;
                options.DefaultForbidScheme = CookieOrBearer;
            })
            .AddPolicyScheme(CookieOrBearer, "Cookie or bearer token", options =>
                options.ForwardDefaultSelector = context =>
                    context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                        ? IdentityConstants.BearerScheme
                        : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, options => options.BearerTokenExpiration = TimeSpan.FromHours(1));
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/Account/Login";
            options.LogoutPath = "/Account/Logout";
            options.AccessDeniedPath = "/Account/AccessDenied";
            options.Cookie.Name = "recruitment.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            options.Events.OnRedirectToLogin = context => ApiAwareRedirect(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => ApiAwareRedirect(context, StatusCodes.Status403Forbidden);
        });
        services.AddAuthorization(Policies.Add);
        services.AddAntiforgery(options => options.Cookie.Name = "recruitment.antiforgery");

        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(Languages.Configure);
        services.AddOptions<Microsoft.AspNetCore.Mvc.MvcOptions>().Configure<Microsoft.Extensions.Localization.IStringLocalizer<Recruitment.Web.Resources.SharedResource>>(Languages.TranslateBindingMessages);
        services.AddRazorPages(options =>
            {
                options.Conventions.AuthorizeFolder("/Admin", Policies.ManageCampaigns);
                options.Conventions.AuthorizeFolder("/Admin/Users", Policies.Administrator);
                options.Conventions.AuthorizeFolder("/Apply", Policies.Applicant);
                options.Conventions.AuthorizeFolder("/Officer", Policies.ReviewApplications);
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(options =>
                options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(Recruitment.Web.Resources.SharedResource)))
            .AddMvcOptions(options => options.Filters.Add<AntiforgeryRefusalFilter>());

        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.ConfigureHttpJsonOptions(options =>
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Recruitment API";
            document.Info.Description = "The entrance competition of the IMT Grand Est engineering schools. " +
                "Get a token from POST /api/auth/token and send it as 'Authorization: Bearer <token>'.";
            return Task.CompletedTask;
        }));
        return services;
    }

    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(app.Lifetime.ApplicationStopping);
    }

    public static void UseRecruitment(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler("/Error");
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseWhen(
            context => !IsApi(context.Request),
            branch => branch.UseStatusCodePagesWithReExecute("/Status/{0}"));
        app.UseWhen(IsApiContext, branch => branch.UseStatusCodePages());

        app.UseStaticFiles();
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteHealthAsync }).AllowAnonymous();
        app.MapHangfireDashboardWithAuthorizationPolicy(Policies.Administrator, "/jobs", new DashboardOptions
        {
            DashboardTitle = "Recruitment jobs",
            AppPath = "/",
        });
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference("/api/docs").AllowAnonymous();
        app.MapLanguageSwitch();
        app.MapApiEndpoints();
        app.MapRazorPages();
    }

    private static bool IsApiContext(HttpContext context) => IsApi(context.Request);

    private static bool IsApi(HttpRequest request) =>
        request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        || request.Path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase);

    private static Task ApiAwareRedirect(RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (IsApi(context.Request))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }

    private static Task WriteHealthAsync(HttpContext context, Microsoft.Extensions.Diagnostics.HealthChecks.HealthReport report)
    {
        context.Response.ContentType = "application/json";
        return JsonSerializer.SerializeAsync(context.Response.Body, new
        {
            status = report.Status.ToString(),
            checks = report.Entries.Select(e => new
            {
                name = e.Key,
                status = e.Value.Status.ToString(),
                description = e.Value.Description ?? e.Value.Exception?.Message,
            }),
        });
    }
}
