using Recruitment.Domain.Common;

namespace Recruitment.Domain.Consortium;

/// <summary>
/// One CTI-accredited engineering program of a school, followed under student status, apprentice status or both.
/// </summary>
public sealed class EngineeringProgram
{
    private EngineeringProgram()
    {
        Code = string.Empty;
        Name = string.Empty;
    }

    public int Id { get; private set; }

    /// <summary>Stable code such as <c>TN-ING</c>.</summary>
    public string Code { get; private set; }

    public string Name { get; private set; }

    public int SchoolId { get; private set; }

    public School? School { get; private set; }

    public bool OffersStudentStatus { get; private set; }

    public bool OffersApprenticeStatus { get; private set; }

    public static EngineeringProgram Create(School school, string code, string name, bool student, bool apprentice)
    {
        ArgumentNullException.ThrowIfNull(school);
        var program = new EngineeringProgram
        {
            Code = ReferenceCode.Check(code, "Program code"),
            School = school,
            SchoolId = school.Id,
        };
        program.Describe(name, student, apprentice);
        return program;
    }

    public void Describe(string name, bool student, bool apprentice)
    {
        if (!student && !apprentice)
        {
            throw new DomainException($"Program {Code} must be offered under student status, apprentice status or both.");
        }

        Name = Guard.NotBlank(name, "Program name", 200);
        OffersStudentStatus = student;
        OffersApprenticeStatus = apprentice;
    }

    public bool Offers(ProgramStatus status) => status switch
    {
        ProgramStatus.Student => OffersStudentStatus,
        ProgramStatus.Apprentice => OffersApprenticeStatus,
        _ => false,
    };
}
