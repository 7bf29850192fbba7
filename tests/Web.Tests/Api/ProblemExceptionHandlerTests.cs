using System.Text.Json;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Recruitment.Application.Common.Exceptions;
using Recruitment.Domain.Common;
using Recruitment.Web.Infrastructure;

namespace Recruitment.Web.Tests.Api;

public sealed class ProblemExceptionHandlerTests
{
    [Theory]
    [InlineData(typeof(NotFoundException), 404)]
    [InlineData(typeof(ForbiddenAccessException), 403)]
    [InlineData(typeof(DomainException), 409)]
    [InlineData(typeof(InvalidOperationException), 500)]
    public async Task Each_kind_of_failure_has_its_status(Type exceptionType, int status)
    {
        var (handled, context, body) = await HandleAsync("/api/campaigns", (Exception)Activator.CreateInstance(exceptionType, "the secret detail")!);

        Assert.True(handled);
        Assert.Equal(status, context.Response.StatusCode);
        Assert.Equal(status, body.GetProperty("status").GetInt32());
        if (status == 500)
        {
            Assert.DoesNotContain("the secret detail", body.GetRawText(), StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal("the secret detail", body.GetProperty("detail").GetString());
        }
    }

    [Fact]
    public async Task Validation_failures_become_400_with_the_fields()
    {
        var (_, context, body) = await HandleAsync("/api/x", new ValidationException([new ValidationFailure("Seats", "Too few."), new ValidationFailure("Seats", "Really.")]));

        Assert.Equal(400, context.Response.StatusCode);
        Assert.Equal(["Too few.", "Really."], body.GetProperty("errors").GetProperty("Seats").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Page_requests_are_left_to_the_friendly_error_page()
    {
        var (handled, _, _) = await HandleAsync("/Admin/Campaigns", new DomainException("x"));

        Assert.False(handled);
    }

    private static async Task<(bool Handled, HttpContext Context, JsonElement Body)> HandleAsync(string path, Exception exception)
    {
        var services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.Path = "/Error";
        context.Features.Set<IExceptionHandlerPathFeature>(new ExceptionHandlerFeature { Path = path, Error = exception });
        using var stream = new MemoryStream();
        context.Response.Body = stream;
        var handler = new ProblemExceptionHandler(services.GetRequiredService<IProblemDetailsService>(), NullLogger<ProblemExceptionHandler>.Instance);

        var handled = await handler.TryHandleAsync(context, exception, CancellationToken.None);

        var text = System.Text.Encoding.UTF8.GetString(stream.ToArray());
        return (handled, context, handled ? JsonDocument.Parse(text).RootElement.Clone() : default);
    }
}
