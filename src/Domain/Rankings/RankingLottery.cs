using System.Security.Cryptography;
using System.Text;
using Recruitment.Domain.Common;

namespace Recruitment.Domain.Rankings;

/// <summary>
/// The seeded lottery that ends every tie-break chain. A candidate's lottery key is the SHA-256 of the UTF-8 bytes of
/// <c>seed + "\n" + applicationNumber</c>; among candidates tied on the score and on every tie-break subject, the
/// lower key (compared byte by byte, as unsigned bytes) comes first.
/// </summary>
/// <remarks>
/// A key depends on the seed and the candidate alone, never on the input order, the other candidates, the machine,
/// the culture or the thread count, so anyone holding the seed and the application numbers can redraw it (for instance
/// <c>printf '%s\n%s' "$seed" "$number" | sha256sum</c>). The seed is entered by an officer once registration has
/// closed, so it cannot be chosen to favour anyone.
/// </remarks>
public static class RankingLottery
{
    public const int MaxSeedLength = 100;

    public static byte[] Key(string seed, string applicationNumber)
    {
        ArgumentNullException.ThrowIfNull(seed);
        ArgumentNullException.ThrowIfNull(applicationNumber);
        return SHA256.HashData(Encoding.UTF8.GetBytes($"{seed}\n{applicationNumber}"));
    }

    /// <summary>
    /// The seed is 1 to 100 printable ASCII characters (letters, digits, punctuation and spaces), not starting or
    /// ending with a space, so that what the officer typed, what is published and what is hashed are the same bytes.
    /// </summary>
    public static string? SeedProblem(string? seed)
    {
        if (string.IsNullOrEmpty(seed))
        {
            return "The lottery seed is required.";
        }

        if (seed.Length > MaxSeedLength)
        {
            return $"The lottery seed must be at most {MaxSeedLength} characters.";
        }

        if (seed.AsSpan().ContainsAnyExceptInRange(' ', '~'))
        {
            return "The lottery seed may only use printable ASCII characters (letters without accents, digits, punctuation, spaces).";
        }

        return seed[0] == ' ' || seed[^1] == ' ' ? "The lottery seed cannot start or end with a space." : null;
    }

    internal static void CheckSeed(string? seed)
    {
        if (SeedProblem(seed) is { } problem)
        {
            throw new DomainException(problem);
        }
    }
}
