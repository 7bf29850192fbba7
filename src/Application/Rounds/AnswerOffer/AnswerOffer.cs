using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Recruitment.Application.Applications;
using Recruitment.Application.Common.Auditing;
using Recruitment.Application.Common.Exceptions;
using Recruitment.Application.Common.Interfaces;
using Recruitment.Application.Common.Localization;
using Recruitment.Domain.Common;
using Recruitment.Domain.Rounds;

namespace Recruitment.Application.Rounds.AnswerOffer;

/// <summary>The applicant answers the offer of the open round, before its deadline. An answer is final.</summary>
public sealed record AnswerOfferCommand(string Number, OfferAnswer Answer) : ICommand<string>;

internal sealed class AnswerOfferHandler(IApplicationDbContext db, ApplicationAccess access, AuditLog audit, TimeProvider clock)
    : ICommandHandler<AnswerOfferCommand, string>
{
    public async ValueTask<string> Handle(AnswerOfferCommand command, CancellationToken cancellationToken)
    {
        var file = await access.LoadOwnAsync(command.Number, cancellationToken);
        var campaign = await access.CampaignOfAsync(file, cancellationToken);
        var round = await db.AllocationRounds.Where(r => r.CampaignId == campaign.Id).OrderByDescending(r => r.Number).FirstOrDefaultAsync(cancellationToken)
            ?? throw new DomainException("No offer has been made yet.");
        var now = clock.GetUtcNow();
        if (!round.AcceptsAnswers(now))
        {
            throw new DomainException($"Round {round.Number} no longer takes answers: its deadline has passed.");
        }

        var offer = await db.RoundOffers.SingleOrDefaultAsync(o => o.AllocationRoundId == round.Id && o.ApplicationNumber == file.Number, cancellationToken);
        if (offer is null || offer.Pool is null)
        {
            throw NotFoundException.For("Offer", file.Number);
        }

        if (!offer.AwaitsAnswer)
        {
            throw new DomainException("This offer has already been answered: an answer is final.");
        }

        var candidacy = await db.Candidacies.SingleAsync(c => c.CampaignId == campaign.Id && c.ApplicationNumber == file.Number, cancellationToken);
        var change = candidacy.Answer(command.Answer, offer.Pool, campaign.NoAnswerMeansResignation);
        offer.Record(command.Answer, now);
        audit.Record(AuditLog.ApplicationSubject, file.Number, "OfferAnswered", $"Round {round.Number}, {offer.Pool}: {change}");
        await db.SaveChangesAsync(cancellationToken);
        return change;
    }
}

internal sealed class AnswerOfferValidator : AbstractValidator<AnswerOfferCommand>
{
    public AnswerOfferValidator()
    {
        RuleFor(c => c.Answer)
            .Must(a => a is OfferAnswer.AcceptFinal or OfferAnswer.AcceptWaiting or OfferAnswer.DeclineWaiting or OfferAnswer.Resign)
            .WithMessage(_ => Text.Get("Choose an answer: AcceptFinal, AcceptWaiting, DeclineWaiting or Resign."));
    }
}
