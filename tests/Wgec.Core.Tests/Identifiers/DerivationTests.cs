using System;
using Wgec.Core.Identifiers;
using Wgec.Core.Tests.Serialization;

namespace Wgec.Core.Tests.Identifiers;

public sealed class DerivationTests
{
    private static readonly Derivation Inferred = new(DerivationKind.Inferred, "  groups A–E cover every other question ");

    [Fact]
    public void Constructor_KeepsKindAndTrimmedReason()
    {
        Inferred.Kind.Should().Be(DerivationKind.Inferred);
        Inferred.Reason.Should().Be("groups A–E cover every other question");
        Inferred.ToString().Should().Be("inferred: groups A–E cover every other question");
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Constructor_BlankReason_Throws(string reason)
    {
        var act = () => new Derivation(DerivationKind.Derived, reason);
        act.Should().Throw<ArgumentException>().WithParameterName("reason");
    }

    [Fact]
    public void Constructor_TooLongReason_ThrowsNamingTheRule()
    {
        var act = () => new Derivation(DerivationKind.Derived, new string('x', Derivation.MaxReasonLength + 1));
        act.Should().Throw<DomainValidationException>().Which.Rule.Should().Be("too-long");
    }

    [Fact]
    public void Constructor_UndefinedKind_Throws()
    {
        var act = () => new Derivation((DerivationKind)9, "why");
        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Equality_IsByKindAndReason()
    {
        new Derivation(DerivationKind.Inferred, "groups A–E cover every other question").Should().Be(Inferred);
        new Derivation(DerivationKind.Derived, Inferred.Reason).Should().NotBe(Inferred);
        new Derivation(DerivationKind.Inferred, "another reason").Should().NotBe(Inferred);
    }

    [Fact]
    public void SourceReference_WithDerivation_DiffersFromTheStatedSource_AndSaysSo()
    {
        var stated = new SourceReference("Chair's report");
        var marked = stated.WithDerivation(Inferred);
        marked.Should().NotBe(stated);
        marked.GetHashCode().Should().NotBe(stated.GetHashCode());
        marked.WithDerivation(null).Should().Be(stated);
        marked.WithAddress(new Uri("https://example.org/")).Derivation.Should().Be(Inferred, "changing the address keeps the mark");
        marked.ToString().Should().Be("Chair's report [inferred: groups A–E cover every other question]");
    }

    [Fact]
    public void SourceReference_WithDerivation_RoundTripsThroughJson()
    {
        var json = JsonAssert.RoundTrips(new SourceReference("Chair's report", new Uri("https://example.org/"), Inferred));
        json.Should().Contain("\"derivation\":{\"kind\":\"inferred\",\"reason\":\"groups A–E cover every other question\"}");
    }

    [Fact]
    public void SourceReference_WithoutDerivation_WritesNoDerivationMember()
    {
        JsonAssert.RoundTrips(new SourceReference("Chair's report")).Should().Be("{\"citation\":\"Chair's report\"}");
    }

    [Fact]
    public void SourceReference_UnknownDerivationKind_IsAnErrorWithItsPath()
    {
        JsonAssert.FailsToRead<SourceReference>("{\"citation\":\"c\",\"derivation\":{\"kind\":\"guessed\",\"reason\":\"r\"}}", "guessed");
    }

    [Fact]
    public void SourceReference_BlankDerivationReason_IsAnError()
    {
        JsonAssert.FailsToRead<SourceReference>("{\"citation\":\"c\",\"derivation\":{\"kind\":\"derived\",\"reason\":\" \"}}", "derivation");
    }
}
