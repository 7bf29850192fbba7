using Recruitment.Domain.Common;

namespace Recruitment.Domain.Consortium;

/// <summary>One engineering school of the consortium.</summary>
public sealed class School
{
    private School()
    {
        Code = string.Empty;
        Name = string.Empty;
        City = string.Empty;
    }

    public int Id { get; private set; }

    /// <summary>Short stable code such as <c>TN</c>; programs and reports refer to it.</summary>
    public string Code { get; private set; }

    public string Name { get; private set; }

    public string City { get; private set; }

    public static School Create(string code, string name, string city)
    {
        var school = new School { Code = ReferenceCode.Check(code, "School code") };
        school.Describe(name, city);
        return school;
    }

    public void Describe(string name, string city)
    {
        Name = Guard.NotBlank(name, "School name", 200);
        City = Guard.NotBlank(city, "School city", 100);
    }
}
