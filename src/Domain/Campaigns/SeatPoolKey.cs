using Recruitment.Domain.Consortium;

namespace Recruitment.Domain.Campaigns;

/// <summary>
/// The public identifier of a seat pool, <c>PROGRAM/STATUS/TRACK</c>, e.g. <c>TN-ING/S/MP</c>.
/// It names the pool in exports, allocation instances and reports.
/// </summary>
public sealed record SeatPoolKey
{
    public SeatPoolKey(string programCode, ProgramStatus status, string trackCode)
    {
        ProgramCode = ReferenceCode.Check(programCode, "Program code");
        Status = status;
        TrackCode = ReferenceCode.Check(trackCode, "Track code");
    }

    public string ProgramCode { get; }

    public ProgramStatus Status { get; }

    public string TrackCode { get; }

    public override string ToString() => $"{ProgramCode}/{Status.ToCode()}/{TrackCode}";

    public static bool TryParse(string? text, out SeatPoolKey? key)
    {
        key = null;
        var parts = text?.Split('/');
        if (parts is not { Length: 3 }
            || !ReferenceCode.IsValid(parts[0])
            || !ReferenceCode.IsValid(parts[2])
            || parts[1].Length != 1
            || !ProgramStatusCodes.TryParse(parts[1], out var status))
        {
            return false;
        }

        key = new SeatPoolKey(parts[0], status, parts[2]);
        return true;
    }
}
