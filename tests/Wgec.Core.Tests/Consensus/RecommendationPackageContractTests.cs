using System;
using System.Linq;
using Wgec.Core.Consensus;
using Wgec.Core.Identifiers;
using Wgec.Core.Tests.Process;

namespace Wgec.Core.Tests.Consensus;

/// <summary>Validation and equality of a package deal ("nothing is agreed until everything is agreed").</summary>
public sealed class RecommendationPackageContractTests
{
    private static readonly RecommendationId A1 = new("A-1");
    private static readonly RecommendationId A2 = new("A-2");
    private static readonly RecommendationId A3 = new("A-3");

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Constructor_BlankName_IsRejectedNamingName(string name)
    {
        var act = () => new RecommendationPackage(name, [A1, A2]);
        act.Should().Throw<ArgumentException>().WithParameterName("name");
    }

    [Fact]
    public void Constructor_NullName_IsRejectedNamingName()
    {
        var act = () => new RecommendationPackage(null!, [A1, A2]);
        act.Should().Throw<ArgumentNullException>().WithParameterName("name");
    }

    [Theory]
    [InlineData("A-1")]
    [InlineData("A-1", "A-1")]
    [InlineData("A-1", "A-2", "A-1")]
    public void Constructor_FewerThanTwoDistinctItems_IsRejectedNamingItems(params string[] items)
    {
        var act = () => new RecommendationPackage("enhanced cooperation", items.Select(i => new RecommendationId(i)));
        act.Should().Throw<DomainValidationException>().WithMessage("package 'enhanced cooperation' needs at least two distinct recommendations.*")
            .WithParameterName("items").Which.Rule.Should().Be("invalid-package");
    }

    [Fact]
    public void Equals_SameNameAndItemsInAnyOrder_IsTrueWithEqualHashCodes()
    {
        var left = new RecommendationPackage(" core ", [A2, A1]);
        var right = new RecommendationPackage("core", [A1, A2]);
        EqualityAssert.Contract(left, right);
    }

    [Theory]
    [InlineData("other", "A-1", "A-2")]
    [InlineData("Core", "A-1", "A-2")]
    [InlineData("core", "A-1", "A-3")]
    [InlineData("core", "A-1", "A-2", "A-3")]
    public void Equals_DifferingInExactlyOneMember_IsFalse(string name, params string[] items)
    {
        var package = new RecommendationPackage("core", [A1, A2]);
        var other = new RecommendationPackage(name, items.Select(i => new RecommendationId(i)));
        EqualityAssert.Contract(package, new RecommendationPackage("core", [A1, A2]), other);
    }
}
