using System.Linq;
using Wgec.Core.Catalogue;
using Wgec.Core.Tests.Serialization;
using static Wgec.Core.Tests.Catalogue.WorkedExample;

namespace Wgec.Core.Tests.Catalogue;

public sealed class IssueTraceTests
{
    [Fact]
    public void Constructor_ItemsOtherThanSourceItems_Throws()
    {
        var act = () => new IssueTrace(ExampleConsolidation.Issues[0], ExampleItems.Take(2));
        act.Should().Throw<DomainValidationException>().Where(e => e.Rule == "trace-mismatch")
            .WithMessage("the trace of issue 1 must hold its source items [i01, i02, i03], not [i01, i02].*");
    }

    [Fact]
    public void Json_RoundTrips()
    {
        JsonAssert.RoundTrips(ExampleConsolidation.Trace(4));
    }
}
