using System;
using Wgec.Core.Reporting.Html;

namespace Wgec.Core.Tests.Reporting.Html;

public sealed class HtmlTableTests
{
    [Fact]
    public void Constructor_KeepsHeadersRowsAndCaption()
    {
        var table = new HtmlTable(["Group", "Questions"], [["A", "Q2, Q3"], ["B", "Q4, Q8, Q9"]], "  Groupings ");
        table.Headers.Should().Equal("Group", "Questions");
        table.Rows.Should().HaveCount(2);
        table.Rows[1].Should().Equal("B", "Q4, Q8, Q9");
        table.Caption.Should().Be("Groupings");
    }

    [Fact]
    public void Constructor_NoHeaders_NamesRule()
    {
        var act = () => new HtmlTable([], []);
        act.Should().Throw<DomainValidationException>().WithParameterName("headers").Which.Rule.Should().Be("no-columns");
    }

    [Fact]
    public void Constructor_BlankHeader_NamesIndex()
    {
        var act = () => new HtmlTable(["a", " "], []);
        act.Should().Throw<DomainValidationException>().Which.Location.Should().Be("headers[1]");
    }

    [Fact]
    public void Constructor_RowOfWrongWidth_NamesRow()
    {
        var act = () => new HtmlTable(["a", "b"], [["1", "2"], ["3"]]);
        act.Should().Throw<DomainValidationException>().WithParameterName("rows")
            .Which.Message.Should().Contain("row 2 has 1 cells but the table has 2 columns");
    }

    [Fact]
    public void Constructor_NullCell_IsRejected()
    {
        var act = () => new HtmlTable(["a"], [[null!]]);
        act.Should().Throw<ArgumentException>().Which.Message.Should().Contain("cell 1 of row 1 is null");
    }

    [Fact]
    public void IsNumericColumn_OnlyWhenEveryFilledCellIsANumber()
    {
        var table = new HtmlTable(["a", "b", "c"], [["x", "1,234", ""], ["y", "", ""], ["z", "-5%", ""]]);
        table.IsNumericColumn(0).Should().BeFalse();
        table.IsNumericColumn(1).Should().BeTrue();
        table.IsNumericColumn(2).Should().BeFalse();
    }
}
