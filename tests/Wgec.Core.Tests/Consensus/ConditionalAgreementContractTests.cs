using System;
using System.Linq;
using Wgec.Core.Consensus;
using Wgec.Core.Identifiers;
using Wgec.Core.Tests.Process;

namespace Wgec.Core.Tests.Consensus;

public sealed class ConditionalAgreementContractTests
{
    private static RecommendationId[] Ids(string list) =>
        list.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(s => new RecommendationId(s)).ToArray();

    [Fact]
    public void Constructor_ZeroShare_IsRejectedNamingRequiredShare()
    {
        var act = () => new ConditionalAgreement("c", Ids("A-1"), 0, Ids("C-1"));
        var ex = act.Should().Throw<DomainValidationException>().WithParameterName("requiredShare").Which;
        ex.Rule.Should().Be("out-of-range");
        ex.Message.Should().StartWith("requiredShare must be above 0 and at most 1, not 0.");
    }

    [Theory]
    [InlineData(1.0, "A-1 A-2 A-3", 3)]
    [InlineData(0.5, "A-1 A-2 A-3", 2)]
    [InlineData(0.6666666667, "A-1 A-2 A-3", 2)]
    [InlineData(0.01, "A-1 A-2 A-3", 1)]
    [InlineData(1.0, "A-1", 1)]
    public void RequiredCount_IsTheShareRoundedUpAndAtLeastOne(double share, string prerequisites, int expected) =>
        new ConditionalAgreement("c", Ids(prerequisites), share, Ids("C-1")).RequiredCount.Should().Be(expected);

    [Theory]
    [InlineData("", "C-1", "prerequisites")]
    [InlineData("A-1 A-2 A-1", "C-1", "prerequisites")]
    [InlineData("A-1", "", "dependents")]
    [InlineData("A-1", "C-1 C-1", "dependents")]
    public void Constructor_EmptyOrRepeatedSet_IsRejectedNamingIt(string prerequisites, string dependents, string param)
    {
        var act = () => new ConditionalAgreement("A unlocks C", Ids(prerequisites), 1, Ids(dependents));
        var ex = act.Should().Throw<DomainValidationException>().WithParameterName(param).Which;
        ex.Rule.Should().Be("invalid-condition");
        ex.Message.Should().StartWith($"the {param} of condition 'A unlocks C' must be at least one recommendation, each listed once.");
    }

    [Theory]
    [InlineData("same", true)]
    [InlineData("name", false)]
    [InlineData("share", false)]
    [InlineData("prerequisites", false)]
    [InlineData("dependents", false)]
    public void Equals_DiffersInExactlyOneMember(string member, bool expected)
    {
        var original = new ConditionalAgreement("c", Ids("A-1 A-2"), 0.5, Ids("C-1"));
        var other = member switch
        {
            "same" => new ConditionalAgreement(" c ", Ids("A-2 A-1"), 0.5, Ids("C-1")),
            "name" => new ConditionalAgreement("d", Ids("A-1 A-2"), 0.5, Ids("C-1")),
            "share" => new ConditionalAgreement("c", Ids("A-1 A-2"), 1, Ids("C-1")),
            "prerequisites" => new ConditionalAgreement("c", Ids("A-1 A-3"), 0.5, Ids("C-1")),
            _ => new ConditionalAgreement("c", Ids("A-1 A-2"), 0.5, Ids("C-2")),
        };
        if (expected)
        {
            EqualityAssert.Contract(original, other);
        }
        else
        {
            EqualityAssert.Contract(original, new ConditionalAgreement("c", Ids("A-1 A-2"), 0.5, Ids("C-1")), other);
        }
    }
}
