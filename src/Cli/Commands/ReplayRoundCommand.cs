using Recruitment.Application.Common.Exceptions;
using Recruitment.Application.Rounds.ReplayRound;
using Recruitment.Cli.CommandLine;
using Recruitment.Cli.Database;

namespace Recruitment.Cli.Commands;

/// <summary>
/// <c>replay-round --campaign YEAR --round N</c>: recomputes a stored allocation round from its stored input and
/// confirms that the output is the same, byte for byte (same SHA-256).
/// </summary>
internal sealed class ReplayRoundCommand(IReadOnlyDictionary<string, string?>? configuration = null) : ICommand
{
    public string Name => "replay-round";

    public string Summary => "Recomputes a stored allocation round from its stored input and confirms the same output hash.";

    public IReadOnlyList<Option> Options { get; } =
    [
        new("campaign", "YEAR", "the campaign of the round", Required: true),
        new("round", "N", "the round's number (1 for the first)", Required: true),
    ];

    public int Execute(ParsedArguments arguments, TextWriter stdout, TextWriter stderr)
    {
        var year = arguments.Integer("campaign", Domain.Campaigns.Campaign.MinYear, Domain.Campaigns.Campaign.MaxYear);
        var round = arguments.Integer("round", 1, 1000);
        return RunAsync(year, round, stdout, stderr).GetAwaiter().GetResult();
    }

    private async Task<int> RunAsync(int year, int round, TextWriter stdout, TextWriter stderr)
    {
        await using var host = await CliHost.StartAsync(configuration, CancellationToken.None);
        ReplayResult replay;
        try
        {
            replay = await host.SendAsync(new ReplayRoundQuery(year, round), CancellationToken.None);
        }
        catch (NotFoundException e)
        {
            throw new InvalidInputException(e.Message, e);
        }

        stdout.WriteLine($"Round {round} of campaign {year}, computed by {replay.EngineVersion}");
        stdout.WriteLine($"  input   {replay.InputSha256} {(replay.InputIntact ? "(intact)" : "(ALTERED: its bytes no longer have this hash)")}");
        stdout.WriteLine($"  stored  {replay.StoredOutputSha256} {(replay.OutputIntact ? "(intact)" : "(ALTERED: its bytes no longer have this hash)")}");
        stdout.WriteLine($"  replay  {replay.ReplayedOutputSha256}");
        if (replay.Same)
        {
            stdout.WriteLine("The replay gives the same output, byte for byte.");
            return ExitCodes.Success;
        }

        stderr.WriteLine("The replay does NOT give the stored output.");
        return ExitCodes.VerificationFailed;
    }
}
