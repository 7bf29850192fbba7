using System.Globalization;
using Recruitment.Domain.Common;
using Recruitment.Domain.Rankings;

namespace Recruitment.Domain.Tests.Rankings;

public sealed class MarkTests
{
    [Theory]
    [InlineData("12", 1200)]
    [InlineData("12.5", 1250)]
    [InlineData("12,5", 1250)]
    [InlineData("12.75", 1275)]
    [InlineData(" 7,05 ", 705)]
    [InlineData("0", 0)]
    [InlineData("20", 2000)]
    [InlineData("20,00", 2000)]
    [InlineData("08.1", 810)]
    [InlineData("12.500", 1250)]
    public void A_mark_is_read_exactly_in_hundredths(string text, int hundredths)
    {
        Assert.Equal(hundredths, Mark.Parse(text).Hundredths);
    }

    [Theory]
    [InlineData("12.345", "'12.345' has more than two decimals.")]
    [InlineData("12,505", "'12,505' has more than two decimals.")]
    [InlineData("20.01", "'20.01' is above 20.")]
    [InlineData("21", "'21' is above 20.")]
    [InlineData("000000000000000000000000100", "'000000000000000000000000100' is above 20.")]
    [InlineData("-1", "'-1' is negative; a mark is from 0 to 20.")]
    [InlineData("-0,5", "'-0,5' is negative; a mark is from 0 to 20.")]
    [InlineData("abc", "'abc' is not a mark: write a number from 0 to 20 with at most two decimals, such as 12.5 or 12,5.")]
    [InlineData("", "The mark is empty.")]
    [InlineData("   ", "The mark is empty.")]
    [InlineData(null, "The mark is empty.")]
    public void A_text_that_is_not_a_mark_is_refused_with_the_reason(string? text, string reason)
    {
        Assert.False(Mark.TryParse(text, out var mark, out var actual));
        Assert.Null(mark);
        Assert.Equal(reason, actual);
        Assert.Equal(reason, Assert.Throws<DomainException>(() => Mark.Parse(text)).Message);
    }

    [Theory]
    [InlineData("12.")]
    [InlineData(".5")]
    [InlineData("12.5.1")]
    [InlineData("1 2")]
    [InlineData("+12")]
    [InlineData("1e1")]
    [InlineData("12,5,0")]
    [InlineData("١٢")]
    [InlineData("--1")]
    public void Signs_exponents_separators_and_stray_characters_are_not_marks(string text)
    {
        Assert.False(Mark.TryParse(text, out _, out var reason));
        Assert.Contains("is not a mark", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mark_is_written_with_a_point_and_two_decimals_in_every_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fr-FR");
        try
        {
            Assert.Equal("12.50", Mark.Parse("12,5").ToString());
            Assert.Equal("0.00", Mark.Parse("0").ToString());
            Assert.Equal("20.00", Mark.Parse("20").ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void A_mark_from_a_decimal_keeps_its_value_and_trailing_zeros_do_not_count_as_decimals()
    {
        Assert.Equal(1275, Mark.FromDecimal(12.75m).Hundredths);
        Assert.Equal(1250, Mark.FromDecimal(12.5000m).Hundredths);
        Assert.Equal(12.75m, Mark.FromDecimal(12.75m).Value);
    }

    [Theory]
    [InlineData("12.755", "A mark has at most two decimals; 12.755 has more.")]
    [InlineData("-0.01", "A mark cannot be negative.")]
    [InlineData("20.01", "A mark cannot be above 20.")]
    public void A_decimal_that_is_not_a_mark_is_refused(string value, string reason)
    {
        var number = decimal.Parse(value, CultureInfo.InvariantCulture);

        Assert.Equal(reason, Assert.Throws<DomainException>(() => Mark.FromDecimal(number)).Message);
    }

    [Fact]
    public void Marks_are_equal_when_their_values_are()
    {
        Assert.Equal(Mark.Parse("12,5"), Mark.FromDecimal(12.50m));
        Assert.Equal(Mark.FromHundredths(1250), Mark.Parse("12.5"));
        Assert.Throws<DomainException>(() => Mark.FromHundredths(2001));
        Assert.Throws<DomainException>(() => Mark.FromHundredths(-1));
    }
}
