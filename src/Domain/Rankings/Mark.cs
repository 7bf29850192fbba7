using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Recruitment.Domain.Common;

namespace Recruitment.Domain.Rankings;

/// <summary>
/// An exam mark out of 20 with at most two decimals, held exactly as a whole number of hundredths (0 to 2000).
/// </summary>
/// <remarks>
/// Whole hundredths are exact, cheap to compare and stored as an integer by any database. The text form is the
/// invariant one with two decimals, <c>12.50</c>, whatever the culture.
/// </remarks>
public sealed record Mark
{
    public const int MaxHundredths = 2000;

    private Mark(int hundredths) => Hundredths = hundredths;

    /// <summary>The mark in hundredths of a point: 1250 is 12.50.</summary>
    public int Hundredths { get; }

    /// <summary>The mark as a decimal with two decimals, e.g. <c>12.50m</c>.</summary>
    public decimal Value => new(Hundredths, 0, 0, false, 2);

    public static Mark FromHundredths(int hundredths)
    {
        if (hundredths is < 0 or > MaxHundredths)
        {
            throw new DomainException($"A mark is a number of hundredths from 0 to {MaxHundredths}, not {hundredths}.");
        }

        return new Mark(hundredths);
    }

    public static Mark FromDecimal(decimal value)
    {
        if (value < 0)
        {
            throw new DomainException("A mark cannot be negative.");
        }

        if (value > 20)
        {
            throw new DomainException("A mark cannot be above 20.");
        }

        var hundredths = value * 100;
        if (hundredths != decimal.Truncate(hundredths))
        {
            throw new DomainException($"A mark has at most two decimals; {value.ToString(CultureInfo.InvariantCulture)} has more.");
        }

        return new Mark((int)hundredths);
    }

    /// <summary>Reads a mark as typed or imported; throws a <see cref="DomainException"/> saying why the text is not one.</summary>
    public static Mark Parse(string? text) =>
        TryParse(text, out var mark, out var reason) ? mark : throw new DomainException(reason);

    /// <summary>
    /// Reads a mark: digits, then optionally a point or a French decimal comma and more digits (<c>12</c>, <c>12.5</c>,
    /// <c>12,75</c>), with spaces around allowed. Decimals past the second must be zeros, so the value is a whole
    /// number of hundredths. No sign, no thousands separator, no exponent. On failure, <paramref name="reason"/> says why
    /// in a sentence that can be shown to an officer as it is.
    /// </summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out Mark? mark, [NotNullWhen(false)] out string? reason)
    {
        mark = null;
        var trimmed = text.AsSpan().Trim();
        if (trimmed.IsEmpty)
        {
            reason = "The mark is empty.";
            return false;
        }

        var negative = trimmed[0] == '-';
        var number = negative ? trimmed[1..] : trimmed;
        var separator = number.IndexOfAny('.', ',');
        var whole = separator < 0 ? number : number[..separator];
        var fraction = separator < 0 ? [] : number[(separator + 1)..];
        if (!IsDigits(whole) || (separator >= 0 && !IsDigits(fraction)))
        {
            reason = $"'{trimmed}' is not a mark: write a number from 0 to 20 with at most two decimals, such as 12.5 or 12,5.";
            return false;
        }

        if (negative)
        {
            reason = $"'{trimmed}' is negative; a mark is from 0 to 20.";
            return false;
        }

        if (fraction.Length > 2 && fraction[2..].ContainsAnyExcept('0'))
        {
            reason = $"'{trimmed}' has more than two decimals.";
            return false;
        }

        var wholeDigits = whole.TrimStart('0');
        var points = wholeDigits.Length > 2 ? int.MaxValue : wholeDigits.IsEmpty ? 0 : int.Parse(wholeDigits, CultureInfo.InvariantCulture);
        var hundredths = fraction.Length switch
        {
            0 => 0,
            1 => (fraction[0] - '0') * 10,
            _ => ((fraction[0] - '0') * 10) + (fraction[1] - '0'),
        };
        if (points > 20 || (points == 20 && hundredths > 0))
        {
            reason = $"'{trimmed}' is above 20.";
            return false;
        }

        mark = new Mark((points * 100) + hundredths);
        reason = null;
        return true;
    }

    public override string ToString() => Value.ToString("0.00", CultureInfo.InvariantCulture);

    private static bool IsDigits(ReadOnlySpan<char> text) => !text.IsEmpty && !text.ContainsAnyExceptInRange('0', '9');
}
