using System.Linq;
using Wgec.Core.Serialization;

namespace Wgec.Core.Tests.Architecture;

public sealed class PublicTypeShapeTests
{
    private static readonly System.Type[] LibraryTypes = typeof(WgecJson).Assembly.GetExportedTypes();

    [Fact]
    public void Library_PublicTypes_FollowTheImmutableShapeRules()
    {
        PublicTypeRules.Violations(LibraryTypes).Should().BeEmpty();
    }

    [Fact]
    public void Library_ExportsTypes_SoTheRulesCheckSomething()
    {
        LibraryTypes.Should().HaveCountGreaterThan(5);
    }

    [Fact]
    public void Checker_PublicSetter_IsReported()
    {
        PublicTypeRules.Violations([typeof(MutableSample)])
            .Should().ContainSingle(v => v.Contains("MutableSample.Name has a public set accessor"));
    }

    [Fact]
    public void Checker_InitAccessor_IsReported()
    {
        PublicTypeRules.Violations([typeof(InitSample)])
            .Should().ContainSingle(v => v.Contains("InitSample.Name has a public init accessor"));
    }

    [Fact]
    public void Checker_UnsealedClass_IsReported()
    {
        PublicTypeRules.Violations([typeof(UnsealedSample)])
            .Should().ContainSingle(v => v.Contains("must be a sealed class"));
    }

    [Fact]
    public void Checker_MutableCollection_IsReported()
    {
        PublicTypeRules.Violations([typeof(ListSample)])
            .Should().ContainSingle(v => v.Contains("exposes a mutable collection"));
    }

    [Fact]
    public void Checker_PositionalRecord_IsReported()
    {
        PublicTypeRules.Violations([typeof(PositionalSample)])
            .Should().Contain(v => v.Contains("is a positional record"));
    }

    [Fact]
    public void Checker_WellShapedType_HasNoViolation()
    {
        PublicTypeRules.Violations([typeof(GoodSample)]).Should().BeEmpty();
    }

    public sealed class MutableSample
    {
        public string Name { get; set; } = "";
    }

    public sealed class InitSample
    {
        public string Name { get; init; } = "";
    }

    public class UnsealedSample
    {
    }

    public sealed class ListSample
    {
        public System.Collections.Generic.List<int> Items { get; } = [];
    }

    public sealed record PositionalSample(string Name);

    public sealed class GoodSample
    {
        public GoodSample(string name) => Name = name;

        public string Name { get; }

        public System.Collections.Immutable.ImmutableArray<int> Items { get; } = [];
    }
}
