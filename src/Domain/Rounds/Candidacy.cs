using Recruitment.Domain.Common;

namespace Recruitment.Domain.Rounds;

/// <summary>
/// A candidate in the allocation of a campaign: the wishes still in play, as pool identifiers (e.g. <c>TN-ING/S/MP</c>),
/// best first. Created from the submitted wishes when the first round opens; only the candidate's answers shorten it.
/// </summary>
public sealed class Candidacy
{
    private Candidacy()
    {
        ApplicationNumber = string.Empty;
        WishList = string.Empty;
    }

    public int Id { get; private set; }

    public int CampaignId { get; private set; }

    public int ApplicationFileId { get; private set; }

    public string ApplicationNumber { get; private set; }

    public CandidacyStatus Status { get; private set; }

    /// <summary>The wishes in play, separated by spaces, best first.</summary>
    public string WishList { get; private set; }

    /// <summary>The pool the candidate holds (accepted, for good or waiting for better), if any.</summary>
    public string? HeldPool { get; private set; }

    public IReadOnlyList<string> Wishes => WishList.Length == 0 ? [] : WishList.Split(' ');

    public static Candidacy Create(int campaignId, int applicationFileId, string applicationNumber, IEnumerable<string> wishes) => new()
    {
        CampaignId = campaignId,
        ApplicationFileId = applicationFileId,
        ApplicationNumber = applicationNumber,
        Status = CandidacyStatus.Active,
        WishList = string.Join(' ', wishes),
    };

    /// <summary>
    /// Applies an answer to the offer of <paramref name="offeredPool"/> and returns what changed, for the audit log.
    /// </summary>
    public string Answer(OfferAnswer answer, string offeredPool, bool noAnswerMeansResignation)
    {
        if (Status == CandidacyStatus.Resigned)
        {
            throw new DomainException("You have left the competition: a resignation cannot be undone.");
        }

        var wishes = Wishes.ToList();
        var position = wishes.IndexOf(offeredPool);
        if (position < 0)
        {
            throw new DomainException($"The offer {offeredPool} is not among your wishes.");
        }

        if (answer == OfferAnswer.NoAnswer)
        {
            answer = noAnswerMeansResignation ? OfferAnswer.Resign : OfferAnswer.AcceptWaiting;
        }

        switch (answer)
        {
            case OfferAnswer.AcceptFinal:
                Keep([offeredPool], CandidacyStatus.Settled, offeredPool);
                return $"Accepted {offeredPool} for good; every other wish dropped";
            case OfferAnswer.AcceptWaiting:
                Keep(wishes.Take(position + 1), position == 0 ? CandidacyStatus.Settled : CandidacyStatus.Active, offeredPool);
                return position == 0
                    ? $"Accepted {offeredPool}, the first wish: nothing better to wait for"
                    : $"Accepted {offeredPool}, waiting for {position} better-ranked wish(es); worse ones dropped";
            case OfferAnswer.DeclineWaiting:
                if (position == 0)
                {
                    throw new DomainException("This offer is your first wish: there is nothing better to wait for. Accept it, or resign.");
                }

                Keep(wishes.Take(position), CandidacyStatus.Active, null);
                return $"Declined {offeredPool}, waiting for {position} better-ranked wish(es); this wish and worse ones dropped";
            case OfferAnswer.Resign:
                Keep([], CandidacyStatus.Resigned, null);
                return "Resigned: left the competition";
            default:
                throw new DomainException("Choose an answer.");
        }
    }

    private void Keep(IEnumerable<string> wishes, CandidacyStatus status, string? held)
    {
        WishList = string.Join(' ', wishes);
        Status = status;
        HeldPool = held;
    }
}
