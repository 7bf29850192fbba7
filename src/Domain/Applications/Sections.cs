namespace Recruitment.Domain.Applications;

/// <summary>Who the applicant is. Names are kept exactly as typed (accents, apostrophes, any script).</summary>
public sealed record PersonalIdentity(
    string FirstName,
    string LastName,
    DateOnly BirthDate,
    string Nationality,
    Sex Sex,
    string? Ine);

/// <summary>How to reach the applicant by post and phone (the e-mail is the account's).</summary>
public sealed record ContactDetails(string Phone, string AddressLine, string PostalCode, string City, string Country);

/// <summary>The applicant's preparatory track and the studies that lead to it.</summary>
public sealed record PreviousStudies(int TrackId, string Institution, string Diploma, int DiplomaYear);

/// <summary>One (program, status) pair the applicant ranks.</summary>
public sealed record WishChoice(int ProgramId, Consortium.ProgramStatus Status);

/// <summary>Something the file still needs before it can be submitted, and the section where to give it.</summary>
public sealed record MissingItem(ApplicationSection Section, string Field, string Message);
