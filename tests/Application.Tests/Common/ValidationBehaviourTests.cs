using FluentValidation;
using Mediator;
using Recruitment.Application.Common.Behaviours;

namespace Recruitment.Application.Tests.Common;

public sealed class ValidationBehaviourTests
{
    public sealed record Rename(string Name, int Seats) : ICommand<string>;

    private sealed class NameRules : AbstractValidator<Rename>
    {
        public NameRules() => RuleFor(r => r.Name).NotEmpty();
    }

    private sealed class SeatRules : AbstractValidator<Rename>
    {
        public SeatRules() => RuleFor(r => r.Seats).GreaterThanOrEqualTo(0);
    }

    [Fact]
    public async Task Every_failure_of_every_validator_is_reported_and_the_handler_never_runs()
    {
        var behaviour = new ValidationBehaviour<Rename, string>([new NameRules(), new SeatRules()]);
        var handlerRan = false;

        var error = await Assert.ThrowsAsync<ValidationException>(async () => await behaviour.Handle(
            new Rename(string.Empty, -1),
            (_, _) =>
            {
                handlerRan = true;
                return ValueTask.FromResult("done");
            },
            CancellationToken.None));

        Assert.False(handlerRan);
        Assert.Equal(["Name", "Seats"], error.Errors.Select(e => e.PropertyName));
    }

    [Fact]
    public async Task A_valid_message_reaches_the_handler()
    {
        var behaviour = new ValidationBehaviour<Rename, string>([new NameRules(), new SeatRules()]);

        var result = await behaviour.Handle(new Rename("TN", 3), (m, _) => ValueTask.FromResult($"{m.Name}:{m.Seats}"), CancellationToken.None);

        Assert.Equal("TN:3", result);
    }
}
