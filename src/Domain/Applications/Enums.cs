namespace Recruitment.Domain.Applications;

/// <summary>Where an application stands in the applicant's journey.</summary>
public enum ApplicationStatus
{
    Draft = 1,
    Submitted = 2,
}

/// <summary>An officer's decision on whether the applicant may compete.</summary>
public enum Eligibility
{
    Pending = 1,
    Eligible = 2,
    NotEligible = 3,
}

/// <summary>Recorded for statistics only.</summary>
public enum Sex
{
    Female = 1,
    Male = 2,
    NotDeclared = 3,
}

public enum DocumentKind
{
    IdentityDocument = 1,
    Transcript = 2,
}

public enum DocumentReview
{
    Pending = 1,
    Accepted = 2,
    Rejected = 3,
}

/// <summary>The sections of the form, in the order the applicant fills them.</summary>
public enum ApplicationSection
{
    Identity = 1,
    Contact = 2,
    Studies = 3,
    Scholarship = 4,
    Wishes = 5,
    Documents = 6,
}
