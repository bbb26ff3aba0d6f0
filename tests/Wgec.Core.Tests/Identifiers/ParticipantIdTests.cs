using System;
using Wgec.Core.Identifiers;
using Wgec.Core.Tests.Process;

namespace Wgec.Core.Tests.Identifiers;

public sealed class ParticipantIdTests
{
    [Theory]
    [InlineData("a")]
    [InlineData("chair.major")]
    [InlineData("ms-01")]
    [InlineData("cs_05")]
    [InlineData("itu:secretariat")]
    public void Constructor_ValidText_KeepsIt(string text)
    {
        new ParticipantId(text).Value.Should().Be(text);
    }

    [Theory]
    [InlineData("", "must not be empty")]
    [InlineData(" a", "must start with a letter or digit")]
    [InlineData("-a", "must start with a letter or digit")]
    [InlineData("a b", "found ' ' at 1")]
    [InlineData("a/b", "found '/' at 1")]
    [InlineData("é", "must start with a letter or digit")]
    public void Constructor_InvalidText_ThrowsNamingTheFault(string text, string fragment)
    {
        var act = () => new ParticipantId(text);
        act.Should().Throw<DomainValidationException>().WithParameterName("value")
            .Which.Message.Should().Contain(fragment);
    }

    [Fact]
    public void Constructor_TooLong_Throws()
    {
        var act = () => new ParticipantId(new string('a', 129));
        act.Should().Throw<DomainValidationException>().Which.Rule.Should().Be("invalid-identifier");
    }

    [Fact]
    public void Constructor_Null_ThrowsArgumentNull()
    {
        var act = () => new ParticipantId(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("value");
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData("x y", false)]
    [InlineData("ok", true)]
    public void TryParse_ReportsValidity(string? text, bool expected)
    {
        ParticipantId.TryParse(text, out var id).Should().Be(expected);
        if (expected)
        {
            id.Value.Should().Be(text);
        }
        else
        {
            id.Should().Be(default(ParticipantId));
        }
    }

    [Fact]
    public void Equality_IsOrdinalOnTheText()
    {
        var a = new ParticipantId("ms-01");
        var b = new ParticipantId("ms-01");
        var c = new ParticipantId("MS-01");
        (a == b).Should().BeTrue();
        (a != c).Should().BeTrue();
        EqualityAssert.Contract(a, b, c);
        a.Equals((object)"ms-01").Should().BeFalse();
    }

    [Fact]
    public void Ordering_IsOrdinal()
    {
        var a = new ParticipantId("a");
        var b = new ParticipantId("b");
        (a < b).Should().BeTrue();
        (b > a).Should().BeTrue();
        (a <= new ParticipantId("a")).Should().BeTrue();
        (b >= a).Should().BeTrue();
        a.CompareTo(b).Should().BeNegative();
    }

    [Fact]
    public void Default_IsEmptyText()
    {
        default(ParticipantId).Value.Should().BeEmpty();
        default(ParticipantId).ToString().Should().BeEmpty();
    }
}
