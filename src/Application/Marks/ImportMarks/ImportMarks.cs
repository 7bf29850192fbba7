using System.Globalization;
using System.Security.Cryptography;
using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Recruitment.Application.Applications;
using Recruitment.Application.Common.Auditing;
using Recruitment.Application.Common.Interfaces;
using Recruitment.Application.Common.Localization;
using Recruitment.Application.Rankings;
using Recruitment.Domain.Audit;
using Recruitment.Domain.Common;
using Recruitment.Domain.Rankings;

namespace Recruitment.Application.Marks.ImportMarks;

/// <summary>
/// Imports a marks file all or nothing: a single bad line refuses the whole file (400, every bad line listed by its
/// number), otherwise every mark is added or replaces the previous one in one transaction. Each application whose marks
/// change gets an audit entry with the old and new values, and the import one summary entry.
/// </summary>
/// <param name="ExpectedDigest">The preview's digest: when given, the import happens only if it would still do exactly what was previewed.</param>
public sealed record ImportMarksCommand(
    int Year,
    string FileName,
    byte[] Content,
    string? ExpectedDigest = null,
    IProgress<MarksImportProgress>? Progress = null) : ICommand<MarksImportReport>;

internal sealed class ImportMarksHandler(IApplicationDbContext db, ApplicationAccess access, ICurrentUser user, AuditLog audit, TimeProvider clock)
    : ICommandHandler<ImportMarksCommand, MarksImportReport>
{
    public async ValueTask<MarksImportReport> Handle(ImportMarksCommand command, CancellationToken cancellationToken)
    {
        RankingScope.EnsureStaff(access);
        var plan = await MarksImportPlan.MakeAsync(db, command.Year, command.FileName, command.Content, command.Progress, cancellationToken);
        var report = plan.Report;
        if (!report.IsValid)
        {
            throw new ValidationException(
                Text.Format("The file has {0} problem(s); nothing was imported.", report.Problems.Count),
                report.Problems.Select(p => new ValidationFailure(p.Line == 0 ? "File" : FormattableString.Invariant($"Line {p.Line}"), p.Message)));
        }

        if (command.ExpectedDigest is { Length: > 0 } expected && !string.Equals(expected, report.Digest, StringComparison.OrdinalIgnoreCase))
        {
            throw new DomainException(Text.Get("The file or the marks changed since the preview; nothing was imported. Look at the new preview before confirming."));
        }

        var now = clock.GetUtcNow();
        var total = plan.Marks.Count;
        command.Progress?.Report(new MarksImportProgress("save", 0, total));
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            // Replaced marks go and come back as new rows, in slices that every provider takes as parameters.
            foreach (var replaced in plan.Marks.Where(m => m.ExistingId is not null).Select(m => m.ExistingId!.Value).Chunk(1_000))
            {
                await db.ExamMarks.Where(m => replaced.Contains(m.Id)).ExecuteDeleteAsync(cancellationToken);
            }

            await db.BulkInsertAsync(plan.Marks.Select(m => ExamMark.Create(m.ApplicationId, m.Subject, m.Mark, now)).ToList(), cancellationToken);
            command.Progress?.Report(new MarksImportProgress("save", total * 2 / 3, total));

            // One entry per application, so that its marks' history reads with the other changes of that application.
            var entries = plan.Marks
                .GroupBy(m => m.Application, StringComparer.Ordinal)
                .Select(g => AuditEntry.Create(now, MarksAudit.MarksSubject, g.Key, "MarksImported", user.UserId, user.DisplayName, Describe(g)))
                .ToList();
            await db.BulkInsertAsync(entries, cancellationToken);
            audit.Record(
                MarksAudit.ImportSubject,
                command.Year.ToString(CultureInfo.InvariantCulture),
                "MarksImported",
                FormattableString.Invariant(
                    $"File '{command.FileName}' (SHA-256 {Convert.ToHexStringLower(SHA256.HashData(command.Content))}, {report.Layout} layout, {report.Marks} marks on {report.Lines} lines): {report.Added} added, {report.Changed} changed, {report.Unchanged} unchanged, for {report.Applications} applications"));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        command.Progress?.Report(new MarksImportProgress("save", total, total));
        return report;
    }

    /// <summary>The changes of one application's marks, in the file's order: <c>MATH: 12.50 → 13.00; PHYS: (none) → 14.00</c>.</summary>
    internal static string Describe(IEnumerable<PlannedMark> marks) =>
        string.Join("; ", marks.Select(m => $"{m.Subject}: {m.Previous?.ToString() ?? "(none)"} → {m.Mark}"));
}

internal sealed class ImportMarksValidator : AbstractValidator<ImportMarksCommand>
{
    public ImportMarksValidator()
    {
        RuleFor(c => c.FileName).NotNull().MaximumLength(255);
        RuleFor(c => c.Content).NotNull();
        RuleFor(c => c.ExpectedDigest).MaximumLength(64);
    }
}
