using System;
using System.Buffers;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Wgec.Core.Datasets;
using Wgec.Core.Serialization;

namespace Wgec.Core.Tests.Serialization.Dossier;

/// <summary>Byte-identical round trips, determinism across cultures, and agreement of every read/write shape.</summary>
public sealed class DossierRoundTripTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void RichDossier_RoundTripsByteIdentically(bool indented)
    {
        var dossier = SampleDossiers.Rich();
        var bytes = DossierSerializer.ToUtf8Bytes(dossier, indented);
        var read = DossierSerializer.Read(bytes);
        read.Should().Be(dossier);
        DossierSerializer.ToUtf8Bytes(read, indented).Should().Equal(bytes);
    }

    [Fact]
    public void CompactAndIndented_ReadToTheSameDossier()
    {
        var dossier = SampleDossiers.Rich();
        var indented = DossierSerializer.ToJson(dossier, indented: true);
        var compact = DossierSerializer.ToJson(dossier, indented: false);
        indented.Should().Contain("\n  \"format\": \"wgec-dossier\"").And.NotContain("\r");
        compact.Should().NotContain("\n");
        DossierSerializer.Read(indented).Should().Be(DossierSerializer.Read(compact));
    }

    [Fact]
    public void RichDossier_HoldsEverySection()
    {
        var json = SampleDossiers.RichJson();
        json.Should().StartWith("{\"format\":\"wgec-dossier\",\"formatVersion\":\"1.2\",\"dossier\":{\"title\":");
        foreach (var member in new[] { "\"respondents\":[{", "\"submissions\":[{", "\"readings\":[{", "\"records\":[{", "\"opinions\":[{", "\"placements\":[{", "\"conditions\":[{", "\"otherEvents\":[{", "\"timeZoneId\":\"Europe/Zurich\"" })
        {
            json.Should().Contain(member);
        }
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("ar-SA")]
    [InlineData("fr-CH")]
    [InlineData("th-TH")]
    public void Output_DoesNotDependOnCulture(string culture)
    {
        var dossier = SampleDossiers.Rich();
        var expected = DossierSerializer.ToUtf8Bytes(dossier, indented: true);
        var previous = CultureInfo.CurrentCulture;
        var previousUi = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            DossierSerializer.ToUtf8Bytes(dossier, indented: true).Should().Equal(expected);
            var read = DossierSerializer.Read(expected);
            read.Should().Be(dossier);
            DossierSerializer.ToUtf8Bytes(read, indented: true).Should().Equal(expected);
            DossierSerializer.JsonSchema().Should().NotContain("٫").And.NotContain("0,5");
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
            CultureInfo.CurrentUICulture = previousUi;
        }
    }

    [Fact]
    public void Output_IsIndependentOfTheLocalTimeZone_InstantsAreUtcAndZonesAreTzdbIds()
    {
        var json = SampleDossiers.RichJson();
        TimeZoneInfo.Local.Should().NotBeNull();
        json.Should().Contain("\"submittedAt\":\"2013-08-01T09:00:00Z\"", "instants are written in UTC whatever the machine's zone");
        json.Should().Contain("\"timeZoneId\":\"Europe/Zurich\"");
        json.Should().Contain("\"date\":\"2013-05-30\"");
        DossierSerializer.ToJson(DossierSerializer.Read(json)).Should().Be(json);
    }

    [Fact]
    public async Task EveryShape_WritesTheSameBytes_AndReadsTheSameDossier()
    {
        var dossier = SampleDossiers.Rich();
        foreach (var indented in new[] { false, true })
        {
            var bytes = DossierSerializer.ToUtf8Bytes(dossier, indented);
            Encoding.UTF8.GetBytes(DossierSerializer.ToJson(dossier, indented)).Should().Equal(bytes);

            var buffer = new ArrayBufferWriter<byte>();
            DossierSerializer.Write(dossier, buffer, indented);
            buffer.WrittenSpan.ToArray().Should().Equal(bytes);

            using var stream = new MemoryStream();
            DossierSerializer.Write(dossier, stream, indented);
            stream.ToArray().Should().Equal(bytes);

            using var asyncStream = new MemoryStream();
            await DossierSerializer.WriteAsync(dossier, asyncStream, indented, TestContext.Current.CancellationToken);
            asyncStream.ToArray().Should().Equal(bytes);

            DossierSerializer.Read(Encoding.UTF8.GetString(bytes)).Should().Be(dossier);
            DossierSerializer.Read(new ReadOnlySpan<byte>(bytes)).Should().Be(dossier);
            DossierSerializer.Read(new MemoryStream(bytes)).Should().Be(dossier);
            (await DossierSerializer.ReadAsync(new MemoryStream(bytes), null, TestContext.Current.CancellationToken)).Should().Be(dossier);
            DossierSerializer.TryRead(new ReadOnlySpan<byte>(bytes), out var fromSpan, out var spanErrors).Should().BeTrue();
            spanErrors.Should().BeEmpty();
            fromSpan.Should().Be(dossier);
            DossierSerializer.TryRead(Encoding.UTF8.GetString(bytes), out var fromText, out _).Should().BeTrue();
            fromText.Should().Be(dossier);
        }

        var compact = DossierSerializer.ToUtf8Bytes(dossier);
        DossierSerializer.Write(dossier, new ArrayBufferWriter<byte>());
        using var defaultStream = new MemoryStream();
        DossierSerializer.Write(dossier, defaultStream);
        defaultStream.ToArray().Should().Equal(compact);
    }

    [Fact]
    public async Task ReadAsync_IsCancellable()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        var act = () => DossierSerializer.ReadAsync(new MemoryStream(DossierSerializer.ToUtf8Bytes(WgecDatasets.Wgec2013())), null, cts.Token);
        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public void Wgec2013_RoundTripsByteIdentically_Indented()
    {
        var bytes = DossierSerializer.ToUtf8Bytes(WgecDatasets.Wgec2013(), indented: true);
        DossierSerializer.ToUtf8Bytes(DossierSerializer.Read(bytes), indented: true).Should().Equal(bytes);
    }
}
