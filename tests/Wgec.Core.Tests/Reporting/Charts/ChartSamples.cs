using NodaTime;
using Wgec.Core.Reporting.Charts;

namespace Wgec.Core.Tests.Reporting.Charts;

/// <summary>Chart inputs shaped like the WGEC 2013–2014 figures (declared figures only).</summary>
internal static class ChartSamples
{
    internal const string DiscrepancyNote = "declared total 69 \u2260 71, the sum of the categories";

    internal static BarChartData Respondents(BarChartOrientation orientation = BarChartOrientation.Horizontal, string extra = "") => new(
        "Questionnaire respondents by stakeholder category" + extra,
        "Replies declared per category by the secretariat's analysis: 29, 8, 23 and 11; the declared total is 69." + extra,
        [
            new BarChartBar("Governments" + extra, 29),
            new BarChartBar("Private sector", 8),
            new BarChartBar("Civil society", 23),
            new BarChartBar("Technical and academic", 11),
            new BarChartBar("Sum of categories", 71, flagged: true, marker: new BarMarker(69, "declared total")),
        ],
        orientation,
        annotation: "Figures as declared in the source; none has been corrected." + extra,
        discrepancy: DiscrepancyNote + extra);

    internal static StackedBarChartData Outcomes(string extra = "") => new(
        "Outcome of the contributions by group" + extra,
        "Contributions per group A to E by outcome at the 4th meeting." + extra,
        ["Agreed", "To be revisited", "No agreement", "Not discussed" + extra],
        [
            new StackedBarGroup("A: Tunis Agenda implementation" + extra, [0, 3, 4, 1]),
            new StackedBarGroup("B: Public policy issues", [0, 2, 6, 0]),
            new StackedBarGroup("C: Role of stakeholders", [1.5, 2, 3, 0]),
            new StackedBarGroup("D: Developing countries", [2, 1, 1, 2]),
            new StackedBarGroup("E: Barriers to participation", [0, 0, 0, 5]),
        ],
        annotation: "Illustrative counts." + extra);

    internal static TimelineChartData Process(string extra = "") => new(
        "The WGEC process, 2013\u20132014" + extra,
        "Meetings, questionnaire deadlines and the CSTD 17th session." + extra,
        [
            TimelineItem.Interval(new LocalDate(2014, 5, 12), new LocalDate(2014, 5, 16), "CSTD 17th session"),
            TimelineItem.Interval(new LocalDate(2013, 5, 30), new LocalDate(2013, 5, 31), "1st meeting" + extra),
            TimelineItem.Interval(new LocalDate(2013, 11, 6), new LocalDate(2013, 11, 8), "2nd meeting"),
            TimelineItem.Interval(new LocalDate(2014, 2, 24), new LocalDate(2014, 2, 28), "3rd meeting"),
            TimelineItem.Interval(new LocalDate(2014, 4, 30), new LocalDate(2014, 5, 2), "4th meeting"),
            TimelineItem.Event(new LocalDate(2013, 3, 22), "Working group established"),
            TimelineItem.Event(new LocalDate(2013, 8, 15), "Questionnaire deadline"),
            TimelineItem.Event(new LocalDate(2013, 9, 17), "Extended deadline"),
            TimelineItem.Event(new LocalDate(2014, 2, 12), "Correspondence group document due"),
        ],
        annotation: "Intervals include their first and last days." + extra);
}
