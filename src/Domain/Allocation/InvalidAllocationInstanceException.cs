using Recruitment.Domain.Common;

namespace Recruitment.Domain.Allocation;

/// <summary>An allocation instance is not well formed; the message names the first problem found.</summary>
public sealed class InvalidAllocationInstanceException : DomainException
{
    public InvalidAllocationInstanceException()
    {
    }

    public InvalidAllocationInstanceException(string message)
        : base(message)
    {
    }

    public InvalidAllocationInstanceException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
