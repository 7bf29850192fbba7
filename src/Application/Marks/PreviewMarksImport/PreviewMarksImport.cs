using FluentValidation;
using Mediator;
using Recruitment.Application.Applications;
using Recruitment.Application.Common.Interfaces;
using Recruitment.Application.Rankings;

namespace Recruitment.Application.Marks.PreviewMarksImport;

/// <summary>
/// What importing a marks file would do, without saving anything: every bad line with its reason, or the marks it
/// would add, change or leave as they are, and a digest to confirm exactly this import with.
/// </summary>
public sealed record PreviewMarksImportQuery(int Year, string FileName, byte[] Content) : IQuery<MarksImportReport>;

internal sealed class PreviewMarksImportHandler(IApplicationDbContext db, ApplicationAccess access) : IQueryHandler<PreviewMarksImportQuery, MarksImportReport>
{
    public async ValueTask<MarksImportReport> Handle(PreviewMarksImportQuery query, CancellationToken cancellationToken)
    {
        RankingScope.EnsureStaff(access);
        return (await MarksImportPlan.MakeAsync(db, query.Year, query.FileName, query.Content, null, cancellationToken)).Report;
    }
}

internal sealed class PreviewMarksImportValidator : AbstractValidator<PreviewMarksImportQuery>
{
    public PreviewMarksImportValidator()
    {
        RuleFor(q => q.FileName).NotNull().MaximumLength(255);
        RuleFor(q => q.Content).NotNull();
    }
}
