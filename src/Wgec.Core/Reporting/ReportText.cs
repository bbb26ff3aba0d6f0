using System.Globalization;
using System.Linq;
using NodaTime;
using NodaTime.Text;
using Wgec.Core.Internal;
using Wgec.Core.Meetings;
using Wgec.Core.Process;

namespace Wgec.Core.Reporting;

/// <summary>The wording shared by every rendering of a dossier (summary, Markdown, HTML), written once.</summary>
internal static class ReportText
{
    private static readonly LocalDatePattern LongDate = LocalDatePattern.Create("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string Date(LocalDate date) => LongDate.Format(date);

    public static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string Percent(double value) => value.ToString("0.0", CultureInfo.InvariantCulture) + " %";

    /// <summary>"12–16 May 2014", "30 April – 2 May 2014", "30 December 2013 – 2 January 2014".</summary>
    public static string Dates(DateInterval interval)
    {
        var (start, end) = (interval.Start, interval.End);
        if (start == end)
        {
            return Date(start);
        }

        if (start.Year == end.Year && start.Month == end.Month)
        {
            return $"{start.Day.ToString(CultureInfo.InvariantCulture)}–{Date(end)}";
        }

        return start.Year == end.Year
            ? $"{LocalDatePattern.Create("d MMMM", CultureInfo.InvariantCulture).Format(start)} – {Date(end)}"
            : $"{Date(start)} – {Date(end)}";
    }

    /// <summary>"30 May 2013 (afternoon) – 31 May 2013": the first and last session, with their part of day when not whole.</summary>
    public static string Dates(Meeting meeting)
    {
        var first = meeting.Sessions.First();
        var last = meeting.Sessions.Last();
        if (first.Part == PartOfDay.WholeDay && last.Part == PartOfDay.WholeDay)
        {
            return Dates(meeting.Dates);
        }

        var start = Date(first.Date) + Part(first.Part);
        return first.Date == last.Date && first.Part == last.Part ? start : $"{start} – {Date(last.Date)}{Part(last.Part)}";
    }

    public static string Venue(Venue venue) =>
        string.Join(", ", new[] { venue.Room, venue.Building, venue.City }.Where(p => !string.IsNullOrWhiteSpace(p)));

    public static string Ordinal(int value) => value.ToString(CultureInfo.InvariantCulture) + (value % 100 is 11 or 12 or 13 ? "th" : (value % 10) switch
    {
        1 => "st",
        2 => "nd",
        3 => "rd",
        _ => "th",
    });

    public static string Group(StakeholderGroup group) => Sentence(DomainWords.Group(group));

    /// <summary>Words that begin a line or a label: the first letter capitalised ("Private sector").</summary>
    public static string Sentence(string words) =>
        words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words.Substring(1);

    /// <summary>"afternoon", "morning", "whole day".</summary>
    public static string PartWords(PartOfDay part) => part switch
    {
        PartOfDay.Morning => "morning",
        PartOfDay.Afternoon => "afternoon",
        _ => "whole day",
    };

    private static string Part(PartOfDay part) => part switch
    {
        PartOfDay.Morning => " (morning)",
        PartOfDay.Afternoon => " (afternoon)",
        _ => string.Empty,
    };
}
