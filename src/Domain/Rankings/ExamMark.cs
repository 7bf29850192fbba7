namespace Recruitment.Domain.Rankings;

/// <summary>
/// One exam mark of one application in one subject of its track, kept as whole hundredths so that any database can
/// compare and sum it exactly.
/// </summary>
public sealed class ExamMark
{
    private ExamMark()
    {
        SubjectCode = string.Empty;
    }

    public long Id { get; private set; }

    public int ApplicationFileId { get; private set; }

    public string SubjectCode { get; private set; }

    /// <summary>The mark in hundredths of a point, 0 to 2000.</summary>
    public int Hundredths { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    public Mark Mark => Mark.FromHundredths(Hundredths);

    public static ExamMark Create(int applicationFileId, string subjectCode, Mark mark, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrEmpty(subjectCode);
        ArgumentNullException.ThrowIfNull(mark);
        return new ExamMark { ApplicationFileId = applicationFileId, SubjectCode = subjectCode, Hundredths = mark.Hundredths, ChangedAt = now };
    }

    /// <summary>Replaces the mark; false when it was already this one, so that nothing is recorded for a non-change.</summary>
    public bool Change(Mark mark, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(mark);
        if (mark.Hundredths == Hundredths)
        {
            return false;
        }

        Hundredths = mark.Hundredths;
        ChangedAt = now;
        return true;
    }
}
