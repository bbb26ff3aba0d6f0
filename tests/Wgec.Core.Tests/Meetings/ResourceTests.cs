using System;
using Wgec.Core.Identifiers;
using Wgec.Core.Meetings;
using Wgec.Core.Tests.Process;
using Wgec.Core.Tests.Serialization;

namespace Wgec.Core.Tests.Meetings;

public sealed class ResourceTests
{
    private static readonly Uri Page = new("http://unctad.org/en/pages/MeetingDetails.aspx?meetingid=396");

    private static Resource Report() => new("Report of the Working Group on Enhanced Cooperation", DocumentSymbol.Parse("E/CN.16/2014/CRP.3"), Page, 25);

    [Fact]
    public void Constructor_KeepsTheOptionalFacts()
    {
        var resource = Report();
        resource.Symbol!.Value.Kind.Should().Be("CRP");
        resource.PageCount.Should().Be(25);
        resource.ToString().Should().Be("Report of the Working Group on Enhanced Cooperation (E/CN.16/2014/CRP.3), 25 pages");
    }

    [Fact]
    public void Constructor_ZeroPages_Throws()
    {
        var act = () => new Resource("x", pageCount: 0);
        act.Should().Throw<DomainValidationException>().WithParameterName("pageCount").Which.Message.Should().Contain("at least 1");
    }

    [Fact]
    public void Constructor_NonHttpAddress_Throws()
    {
        var act = () => new Resource("x", address: new Uri("ftp://example.org/x"));
        act.Should().Throw<DomainValidationException>().Which.Rule.Should().Be("invalid-address");
    }

    [Fact]
    public void Constructor_DefaultSymbol_Throws()
    {
        var act = () => new Resource("x", default(DocumentSymbol));
        act.Should().Throw<DomainValidationException>().WithParameterName("symbol");
    }

    [Fact]
    public void Equality_IsByContent()
    {
        EqualityAssert.Contract(Report(), Report(), new Resource(Report().Title), new Resource(Report().Title, Report().Symbol, Page, 26));
    }

    [Fact]
    public void Json_RoundTrips()
    {
        JsonAssert.RoundTrips(Report()).Should().Contain("\"symbol\":\"E/CN.16/2014/CRP.3\"");
        JsonAssert.FailsToRead<Resource>("{\"title\":\"x\",\"symbol\":\"E/CN.16\"}", "not a valid document symbol");
    }
}
