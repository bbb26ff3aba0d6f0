// A package consumer: references Wgec.Core from the packed .nupkg and calls its public API,
// including the embedded reference dataset, so the package is proven as users consume it.
using System.Text.Json;
using NodaTime;
using Wgec.Core.Datasets;
using Wgec.Core.Identifiers;
using Wgec.Core.Serialization;

var options = new JsonSerializerOptions(JsonSerializerDefaults.Strict).ConfigureForWgec();
var json = JsonSerializer.Serialize(new LocalDate(2013, 5, 30), options);
var id = JsonSerializer.Deserialize<ParticipantId>("\"chair\"", options);
var wgec = WgecDatasets.Wgec2013();
var roundTrip = DossierSerializer.Read(DossierSerializer.ToJson(wgec));
if (json != "\"2013-05-30\"" || id.Value != "chair" || wgec.Process.Mandate.Resolution.ToString() != "A/RES/67/195"
    || !roundTrip.Equals(wgec) || wgec.DataQualityFindings().IsEmpty)
{
    Console.Error.WriteLine($"unexpected: {json} {id} {wgec.Process.Mandate.Resolution}");
    return 1;
}

Console.WriteLine("consumer ok");
return 0;
