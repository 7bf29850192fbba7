using Recruitment.Domain.Common;

namespace Recruitment.Domain.Consortium;

/// <summary>An exam subject of a track, such as mathematics for MP.</summary>
public sealed class Subject
{
    private Subject()
    {
        Code = string.Empty;
        Name = string.Empty;
    }

    public int Id { get; private set; }

    public int TrackId { get; private set; }

    public string Code { get; private set; }

    public string Name { get; private set; }

    internal static Subject Create(string code, string name)
    {
        var subject = new Subject { Code = code };
        subject.Rename(name);
        return subject;
    }

    internal void Rename(string name) => Name = Guard.NotBlank(name, "Subject name", 200);
}
