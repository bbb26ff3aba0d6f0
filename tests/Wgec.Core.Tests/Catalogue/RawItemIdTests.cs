using System;
using Wgec.Core.Catalogue;
using Wgec.Core.Identifiers;
using Wgec.Core.Process;
using Wgec.Core.Tests.Serialization;

namespace Wgec.Core.Tests.Catalogue;

public sealed class RawItemIdTests
{
    [Fact]
    public void RawItemId_ParsesAndRejects()
    {
        RawItemId.TryParse("q4.r7-1", out var id).Should().BeTrue();
        id.Value.Should().Be("q4.r7-1");
        RawItemId.TryParse("bad id", out _).Should().BeFalse();
        RawItemId.TryParse(null, out _).Should().BeFalse();
        (new RawItemId("a") < new RawItemId("b")).Should().BeTrue();
    }
}
