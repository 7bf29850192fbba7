using Recruitment.Domain.Common;

namespace Recruitment.Domain.Applications;

/// <summary>The file cannot be submitted, or stay submitted, while items are missing.</summary>
public sealed class IncompleteApplicationException : DomainException
{
    public IncompleteApplicationException()
        : this([])
    {
    }

    public IncompleteApplicationException(string message)
        : base(message)
    {
        Missing = [];
    }

    public IncompleteApplicationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Missing = [];
    }

    public IncompleteApplicationException(IReadOnlyList<MissingItem> missing)
        : base($"The application is incomplete: {string.Join("; ", missing.Select(m => m.Message))}")
    {
        Missing = missing;
    }

    public IReadOnlyList<MissingItem> Missing { get; }
}

/// <summary>
/// Someone else (another tab, another device) changed the same section since it was read; nothing was overwritten.
/// </summary>
public sealed class EditConflictException : DomainException
{
    public EditConflictException()
    {
    }

    public EditConflictException(string message)
        : base(message)
    {
    }

    public EditConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public static EditConflictException For(ApplicationSection section) => new(
        $"The {section.ToString().ToLowerInvariant()} section was changed elsewhere (another tab or device) since you opened it. " +
        "Nothing was saved: reload the section to see the current version, then make your change again.")
    {
        Section = section,
    };

    public ApplicationSection? Section { get; private init; }
}

/// <summary>The file may not be changed now (after the deadline, without an extension).</summary>
public sealed class ApplicationClosedException : DomainException
{
    public ApplicationClosedException()
    {
    }

    public ApplicationClosedException(string message)
        : base(message)
    {
    }

    public ApplicationClosedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
