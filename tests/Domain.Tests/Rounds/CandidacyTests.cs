using Recruitment.Domain.Common;
using Recruitment.Domain.Rounds;

namespace Recruitment.Domain.Tests.Rounds;

/// <summary>What each answer to an offer does to a candidate's wishes in play, seat held and status.</summary>
public sealed class CandidacyTests
{
    private static Candidacy Candidate() => Candidacy.Create(1, 1, "2027-0000001", ["P1", "P2", "P3", "P4"]);

    [Fact]
    public void Oui_definitif_keeps_the_seat_and_drops_every_other_wish()
    {
        var candidacy = Candidate();

        candidacy.Answer(OfferAnswer.AcceptFinal, "P3", noAnswerMeansResignation: true);

        Assert.Equal((CandidacyStatus.Settled, "P3"), (candidacy.Status, candidacy.HeldPool));
        Assert.Equal(["P3"], candidacy.Wishes);
    }

    [Fact]
    public void Oui_mais_holds_the_seat_and_keeps_only_the_better_wishes()
    {
        var candidacy = Candidate();

        candidacy.Answer(OfferAnswer.AcceptWaiting, "P3", noAnswerMeansResignation: true);

        Assert.Equal((CandidacyStatus.Active, "P3"), (candidacy.Status, candidacy.HeldPool));
        Assert.Equal(["P1", "P2", "P3"], candidacy.Wishes);
    }

    [Fact]
    public void Oui_mais_on_the_first_wish_settles_there_is_nothing_better_to_wait_for()
    {
        var candidacy = Candidate();

        candidacy.Answer(OfferAnswer.AcceptWaiting, "P1", noAnswerMeansResignation: true);

        Assert.Equal((CandidacyStatus.Settled, "P1"), (candidacy.Status, candidacy.HeldPool));
    }

    [Fact]
    public void Non_mais_drops_the_offer_and_the_worse_wishes_and_holds_nothing()
    {
        var candidacy = Candidate();

        candidacy.Answer(OfferAnswer.DeclineWaiting, "P3", noAnswerMeansResignation: true);

        Assert.Equal((CandidacyStatus.Active, (string?)null), (candidacy.Status, candidacy.HeldPool));
        Assert.Equal(["P1", "P2"], candidacy.Wishes);
    }

    [Fact]
    public void Non_mais_on_the_first_wish_is_refused_and_changes_nothing()
    {
        var candidacy = Candidate();

        var refused = Assert.Throws<DomainException>(() => candidacy.Answer(OfferAnswer.DeclineWaiting, "P1", noAnswerMeansResignation: true));

        Assert.Contains("first wish", refused.Message, StringComparison.Ordinal);
        Assert.Equal(["P1", "P2", "P3", "P4"], candidacy.Wishes);
        Assert.Equal(CandidacyStatus.Active, candidacy.Status);
    }

    [Theory]
    [InlineData(OfferAnswer.AcceptFinal)]
    [InlineData(OfferAnswer.AcceptWaiting)]
    [InlineData(OfferAnswer.DeclineWaiting)]
    [InlineData(OfferAnswer.Resign)]
    public void A_resignation_is_irreversible(OfferAnswer later)
    {
        var candidacy = Candidate();
        candidacy.Answer(OfferAnswer.Resign, "P2", noAnswerMeansResignation: true);

        var refused = Assert.Throws<DomainException>(() => candidacy.Answer(later, "P2", noAnswerMeansResignation: true));

        Assert.Contains("cannot be undone", refused.Message, StringComparison.Ordinal);
        Assert.Equal((CandidacyStatus.Resigned, (string?)null), (candidacy.Status, candidacy.HeldPool));
        Assert.Empty(candidacy.Wishes);
    }

    [Fact]
    public void No_answer_is_a_resignation_or_a_oui_mais_as_the_campaign_says()
    {
        var resigned = Candidate();
        var kept = Candidate();

        resigned.Answer(OfferAnswer.NoAnswer, "P2", noAnswerMeansResignation: true);
        kept.Answer(OfferAnswer.NoAnswer, "P2", noAnswerMeansResignation: false);

        Assert.Equal(CandidacyStatus.Resigned, resigned.Status);
        Assert.Equal((CandidacyStatus.Active, "P2"), (kept.Status, kept.HeldPool));
        Assert.Equal(["P1", "P2"], kept.Wishes);
    }

    [Fact]
    public void An_offer_for_a_wish_no_longer_in_play_cannot_be_answered()
    {
        var candidacy = Candidate();
        candidacy.Answer(OfferAnswer.DeclineWaiting, "P3", noAnswerMeansResignation: true);

        var refused = Assert.Throws<DomainException>(() => candidacy.Answer(OfferAnswer.AcceptFinal, "P4", noAnswerMeansResignation: true));

        Assert.Contains("not among your wishes", refused.Message, StringComparison.Ordinal);
        Assert.Equal(["P1", "P2"], candidacy.Wishes);
    }
}
