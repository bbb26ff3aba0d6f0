using System;
using Wgec.Core.Serialization;

namespace Wgec.Core.Tests.Serialization.Dossier;

/// <summary>Tests that change process-wide state (the local time zone) run alone.</summary>
[CollectionDefinition(nameof(ProcessWideState), DisableParallelization = true)]
public sealed class ProcessWideState;

/// <summary>The same dossier gives the same bytes whatever the machine's local time zone.</summary>
[Collection(nameof(ProcessWideState))]
public sealed class DossierTimeZoneTests
{
    [Theory]
    [InlineData("Asia/Kolkata")]
    [InlineData("Pacific/Chatham")]
    [InlineData("America/St_Johns")]
    public void Output_DoesNotDependOnTheLocalTimeZone(string zone)
    {
        var dossier = SampleDossiers.Rich();
        var expected = DossierSerializer.ToUtf8Bytes(dossier, indented: true);
        var previous = Environment.GetEnvironmentVariable("TZ");
        try
        {
            Environment.SetEnvironmentVariable("TZ", zone);
            TimeZoneInfo.ClearCachedData();
            if (TimeZoneInfo.Local.Id != zone)
            {
                Assert.Skip($"this platform does not take the local time zone from TZ (it reports {TimeZoneInfo.Local.Id}).");
            }

            DossierSerializer.ToUtf8Bytes(dossier, indented: true).Should().Equal(expected);
            var read = DossierSerializer.Read(expected);
            read.Should().Be(dossier);
            DossierSerializer.ToUtf8Bytes(read, indented: true).Should().Equal(expected);
        }
        finally
        {
            Environment.SetEnvironmentVariable("TZ", previous);
            TimeZoneInfo.ClearCachedData();
        }
    }
}
