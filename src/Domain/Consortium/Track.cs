using Recruitment.Domain.Common;

namespace Recruitment.Domain.Consortium;

/// <summary>
/// An applicant's preparatory track (filière): MP, PC, PSI, PT, TSI, ATS, BCPST or university admission.
/// Each track is examined in its own subjects.
/// </summary>
public sealed class Track
{
    private readonly List<Subject> _subjects = [];

    private Track()
    {
        Code = string.Empty;
        Name = string.Empty;
    }

    public int Id { get; private set; }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public IReadOnlyList<Subject> Subjects => _subjects;

    public static Track Create(string code, string name)
    {
        var track = new Track { Code = ReferenceCode.Check(code, "Track code") };
        track.Rename(name);
        return track;
    }

    public void Rename(string name) => Name = Guard.NotBlank(name, "Track name", 200);

    /// <summary>Adds the subject, or renames it when the track already has one with this code.</summary>
    public Subject DefineSubject(string code, string name)
    {
        ReferenceCode.Check(code, "Subject code");
        var existing = _subjects.Find(s => s.Code == code);
        if (existing is not null)
        {
            existing.Rename(name);
            return existing;
        }

        var subject = Subject.Create(code, name);
        _subjects.Add(subject);
        return subject;
    }
}
