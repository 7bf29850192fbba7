using Microsoft.EntityFrameworkCore;
using Recruitment.Domain.Consortium;
using Recruitment.Infrastructure.Persistence;

namespace Recruitment.Infrastructure.ReferenceData;

/// <summary>
/// Brings the database's schools, programs, tracks and subjects in line with the reference file. Codes are the keys:
/// running it again changes nothing; entries missing from the file are kept, since campaigns may refer to them.
/// </summary>
internal static class ReferenceDataSeeder
{
    public static async Task ApplyAsync(AppDbContext db, ConsortiumFile file, CancellationToken cancellationToken)
    {
        var tracks = await db.Tracks.ToDictionaryAsync(t => t.Code, StringComparer.Ordinal, cancellationToken);
        foreach (var entry in file.Tracks)
        {
            if (!tracks.TryGetValue(entry.Code, out var track))
            {
                track = Track.Create(entry.Code, entry.Name);
                db.Tracks.Add(track);
            }

            track.Rename(entry.Name);
            foreach (var subject in entry.Subjects)
            {
                track.DefineSubject(subject.Code, subject.Name);
            }
        }

        var schools = await db.Schools.ToDictionaryAsync(s => s.Code, StringComparer.Ordinal, cancellationToken);
        var programs = await db.Programs.ToDictionaryAsync(p => p.Code, StringComparer.Ordinal, cancellationToken);
        foreach (var entry in file.Schools)
        {
            if (!schools.TryGetValue(entry.Code, out var school))
            {
                school = School.Create(entry.Code, entry.Name, entry.City);
                db.Schools.Add(school);
            }

            school.Describe(entry.Name, entry.City);
            foreach (var programEntry in entry.Programs)
            {
                var statuses = programEntry.Statuses.Select(ProgramStatusCodes.Parse).ToList();
                var student = statuses.Contains(ProgramStatus.Student);
                var apprentice = statuses.Contains(ProgramStatus.Apprentice);
                if (programs.TryGetValue(programEntry.Code, out var program))
                {
                    program.Describe(programEntry.Name, student, apprentice);
                }
                else
                {
                    db.Programs.Add(EngineeringProgram.Create(school, programEntry.Code, programEntry.Name, student, apprentice));
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
