using Wgec.Core.Consensus;
using Wgec.Core.Identifiers;
using Wgec.Core.Tests.Process;

namespace Wgec.Core.Tests.Consensus;

public sealed class DispositionRecordContractTests
{
    private static readonly ParticipantId Chair = ConsensusFixtures.Chair;

    [Fact]
    public void Constructor_DefaultGivenBy_IsRejectedAsRequired()
    {
        var act = () => new DispositionRecord(ObjectionDisposition.Sustained, default, ConsensusFixtures.Now);
        var ex = act.Should().Throw<DomainValidationException>().WithParameterName("givenBy").Which;
        ex.Rule.Should().Be("required");
        ex.Message.Should().StartWith("a disposition records who gave it.");
    }

    [Theory]
    [InlineData(ObjectionDisposition.Accommodated, null, "the change made to the text")]
    [InlineData(ObjectionDisposition.Accommodated, " ", "the change made to the text")]
    [InlineData(ObjectionDisposition.AddressedNotAccommodated, null, "the answer given")]
    [InlineData(ObjectionDisposition.AddressedNotAccommodated, "", "the answer given")]
    public void Constructor_MissingText_SaysWhatTheDispositionRecords(ObjectionDisposition disposition, string? text, string what)
    {
        var act = () => new DispositionRecord(disposition, Chair, ConsensusFixtures.Now, text);
        var ex = act.Should().Throw<DomainValidationException>().WithParameterName("text").Which;
        ex.Rule.Should().Be("text-required");
        ex.Message.Should().StartWith($"a disposition '{disposition}' records {what}.");
    }

    [Theory]
    [InlineData(ObjectionDisposition.Withdrawn, "")]
    [InlineData(ObjectionDisposition.Sustained, "  ")]
    [InlineData(ObjectionDisposition.Open, "\t")]
    public void Constructor_BlankOptionalText_IsRejectedAsInvalid(ObjectionDisposition disposition, string text)
    {
        var act = () => new DispositionRecord(disposition, Chair, ConsensusFixtures.Now, text);
        var ex = act.Should().Throw<DomainValidationException>().WithParameterName("text").Which;
        ex.Rule.Should().Be("invalid-text");
        ex.Message.Should().StartWith("a disposition text must not be blank.");
    }

    [Theory]
    [InlineData(ObjectionDisposition.Sustained, null, null)]
    [InlineData(ObjectionDisposition.Withdrawn, "no longer needed", " no longer needed ")]
    [InlineData(ObjectionDisposition.Accommodated, "paragraph 3 reworded", "paragraph 3 reworded")]
    public void EqualRecords_AreEqualAndHashAlike(ObjectionDisposition disposition, string? text, string? sameText)
    {
        var a = new DispositionRecord(disposition, Chair, ConsensusFixtures.Now, text);
        var b = new DispositionRecord(disposition, Chair, ConsensusFixtures.Now, sameText);
        EqualityAssert.Contract(a, b);
    }

    [Fact]
    public void Equals_DifferentText_IsFalse() =>
        new DispositionRecord(ObjectionDisposition.Withdrawn, Chair, ConsensusFixtures.Now, "a")
            .Equals(new DispositionRecord(ObjectionDisposition.Withdrawn, Chair, ConsensusFixtures.Now)).Should().BeFalse();
}
