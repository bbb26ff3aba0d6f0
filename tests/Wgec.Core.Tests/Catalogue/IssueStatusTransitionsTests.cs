using System;
using System.Linq;
using Wgec.Core.Catalogue;
using Wgec.Core.Identifiers;
using Wgec.Core.Tests.Serialization;

namespace Wgec.Core.Tests.Catalogue;

public sealed class IssueStatusTransitionsTests
{
    [Fact]
    public void TransitionTable_CoversEveryStatus()
    {
        IssueStatusTransitions.Table.Keys.Should().Equal(Enum.GetValues<IssueStatus>());
        IssueStatusTransitions.Table.Values.Should().OnlyContain(next => !next.IsEmpty);
        IssueStatusTransitions.AllowedFrom((IssueStatus)42).Should().BeEmpty();
    }
}
