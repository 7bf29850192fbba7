using Recruitment.Domain.Consortium;

namespace Recruitment.Domain.Applications;

/// <summary>One ranked wish of an application: a program under a status (vœu).</summary>
public sealed class Wish
{
    private Wish()
    {
    }

    public int Id { get; private set; }

    public int ApplicationFileId { get; private set; }

    /// <summary>1 for the most wanted.</summary>
    public int Rank { get; private set; }

    public int ProgramId { get; private set; }

    public EngineeringProgram? Program { get; private set; }

    public ProgramStatus Status { get; private set; }

    internal static Wish Create(int rank, WishChoice choice) => new() { Rank = rank, ProgramId = choice.ProgramId, Status = choice.Status };

    internal WishChoice Choice => new(ProgramId, Status);
}
