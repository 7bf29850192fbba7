using System.Globalization;

namespace Recruitment.Web.Infrastructure;

/// <summary>
/// Instants are stored in UTC and shown, and entered, in the campaign's time zone (Europe/Paris by default),
/// so that a deadline means the same thing to everyone.
/// </summary>
public sealed class LocalTime(IConfiguration configuration)
{
    public TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById(configuration["App:TimeZone"] ?? "Europe/Paris");

    public DateTime ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).DateTime;

    public DateTimeOffset FromLocal(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, Zone.GetUtcOffset(unspecified));
    }

    /// <summary>The instant as its reader writes dates: "1 décembre 2026 09:00" in French, "1 December 2026 09:00" in English.</summary>
    public string Format(DateTimeOffset instant) =>
        ToLocal(instant).ToString("d MMMM yyyy HH:mm", CultureInfo.CurrentCulture);
}
