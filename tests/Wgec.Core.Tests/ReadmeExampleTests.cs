using System.Text.Json;
using NodaTime;
using Wgec.Core.Identifiers;
using Wgec.Core.Serialization;

namespace Wgec.Core.Tests;

/// <summary>Holds the README's example verbatim, so the README never shows code that does not compile.</summary>
public sealed class ReadmeExampleTests
{
    [Fact]
    public void ReadmeExample_RunsAsShown()
    {
        // Opt in to Wgec.Core's JSON support, as with NodaTime's ConfigureForNodaTime.
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Strict).ConfigureForWgec();

        var firstMeeting = JsonSerializer.Serialize(new LocalDate(2013, 5, 30), options); // "2013-05-30"
        var chair = JsonSerializer.Deserialize<ParticipantId>("\"chair.major\"", options);

        // Untrusted input gets a non-throwing path.
        bool ok = ParticipantId.TryParse("not an id", out _); // false

        firstMeeting.Should().Be("\"2013-05-30\"");
        chair.Value.Should().Be("chair.major");
        ok.Should().BeFalse();
    }
}
