using CsCheck;
using Wgec.Core.Tests.Serialization;

namespace Wgec.Core.Tests.Properties;

/// <summary>
/// Every generated valid value survives JSON: reading what was written gives an equal value, and
/// writing that copy gives byte-identical JSON (both via <c>WgecJson.Options</c>; see <see cref="JsonAssert.RoundTrips{T}"/>).
/// CsCheck prints the seed of a failure; replay it as described on <see cref="PropertyRun"/>.
/// </summary>
public sealed class RoundTripProperties
{
    private static void RoundTrips<T>(Gen<T> gen) => gen.Sample(value => { JsonAssert.RoundTrips(value); }, iter: PropertyRun.Iterations);

    [Fact]
    public void ParticipantId_RoundTrips() => RoundTrips(DomainGen.ParticipantId);

    [Fact]
    public void RespondentId_RoundTrips() => RoundTrips(DomainGen.RespondentId);

    [Fact]
    public void RecommendationId_RoundTrips() => RoundTrips(DomainGen.RecommendationId);

    [Fact]
    public void GroupKey_RoundTrips() => RoundTrips(DomainGen.GroupKey);

    [Fact]
    public void RawItemId_RoundTrips() => RoundTrips(DomainGen.RawItemId);

    [Fact]
    public void SourceReference_RoundTrips() => RoundTrips(DomainGen.SourceReference);

    [Fact]
    public void DocumentSymbol_RoundTrips() => RoundTrips(DomainGen.DocumentSymbol);

    [Fact]
    public void Session_RoundTrips() => RoundTrips(DomainGen.Session);

    [Fact]
    public void Venue_RoundTrips() => RoundTrips(DomainGen.Venue);

    [Fact]
    public void Meeting_RoundTrips() => RoundTrips(DomainGen.Meeting);

    [Fact]
    public void Question_RoundTrips() => RoundTrips(DomainGen.Question);

    [Fact]
    public void DeadlinePolicy_RoundTrips() => RoundTrips(DomainGen.DeadlinePolicy);

    [Fact]
    public void Questionnaire_RoundTrips() => RoundTrips(DomainGen.Questionnaire);

    [Fact]
    public void RespondentCategory_RoundTrips() => RoundTrips(DomainGen.RespondentCategory);

    [Fact]
    public void Respondent_RoundTrips() => RoundTrips(DomainGen.Respondent);

    [Fact]
    public void Answer_RoundTrips() => RoundTrips(DomainGen.Answer);

    [Fact]
    public void Response_RoundTrips() => RoundTrips(DomainGen.Response);

    [Fact]
    public void ItemProvenance_RoundTrips() => RoundTrips(DomainGen.ItemProvenance);

    [Fact]
    public void RawItem_RoundTrips() => RoundTrips(DomainGen.RawItem);

    [Fact]
    public void CatalogueIssue_RoundTrips() => RoundTrips(DomainGen.CatalogueIssue);

    [Fact]
    public void Position_RoundTrips() => RoundTrips(DomainGen.Position);

    [Fact]
    public void Reading_RoundTrips() => RoundTrips(DomainGen.Reading);

    [Fact]
    public void Roster_RoundTrips() => RoundTrips(DomainGen.Roster);

    [Fact]
    public void RecommendationVersion_RoundTrips() => RoundTrips(DomainGen.Version);

    [Fact]
    public void RecommendationHistory_RoundTrips() => RoundTrips(DomainGen.History);

    [Fact]
    public void Recommendation_RoundTrips() => RoundTrips(DomainGen.Recommendation);

    [Fact]
    public void Consolidation_RoundTrips() => RoundTrips(ConsolidationModel.Consolidations);
}
