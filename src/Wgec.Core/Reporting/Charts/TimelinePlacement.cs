namespace Wgec.Core.Reporting.Charts;

/// <summary>
/// Where <see cref="TimelineChart"/> puts one item: its row and the horizontal extents of its
/// mark and of its label block (label and date lines), in SVG user units.
/// </summary>
/// <remarks>Immutable value; thread-safe. Within a row, the extents of different items never overlap.</remarks>
internal readonly struct TimelinePlacement
{
    /// <summary>Creates a placement.</summary>
    internal TimelinePlacement(TimelineItem item, int row, double markLeft, double markRight, double labelLeft, double labelRight)
    {
        Item = item;
        Row = row;
        MarkLeft = markLeft;
        MarkRight = markRight;
        LabelLeft = labelLeft;
        LabelRight = labelRight;
    }

    /// <summary>The item placed.</summary>
    internal TimelineItem Item { get; }

    /// <summary>The row, 0 at the top.</summary>
    internal int Row { get; }

    /// <summary>The left edge of the mark (dot or interval bar).</summary>
    internal double MarkLeft { get; }

    /// <summary>The right edge of the mark.</summary>
    internal double MarkRight { get; }

    /// <summary>The left edge of the label block.</summary>
    internal double LabelLeft { get; }

    /// <summary>The estimated right edge of the label block.</summary>
    internal double LabelRight { get; }

    /// <summary>The left edge of everything the item occupies in its row.</summary>
    internal double Left => MarkLeft < LabelLeft ? MarkLeft : LabelLeft;

    /// <summary>The right edge of everything the item occupies in its row.</summary>
    internal double Right => MarkRight > LabelRight ? MarkRight : LabelRight;
}
