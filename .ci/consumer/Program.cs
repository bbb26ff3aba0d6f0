// A package consumer: references Wgec.Core from the packed .nupkg and calls its public API.
using System.Text.Json;
using NodaTime;
using Wgec.Core.Identifiers;
using Wgec.Core.Serialization;

var options = new JsonSerializerOptions(JsonSerializerDefaults.Strict).ConfigureForWgec();
var json = JsonSerializer.Serialize(new LocalDate(2013, 5, 30), options);
var id = JsonSerializer.Deserialize<ParticipantId>("\"chair\"", options);
if (json != "\"2013-05-30\"" || id.Value != "chair")
{
    Console.Error.WriteLine($"unexpected: {json} {id}");
    return 1;
}

Console.WriteLine("consumer ok");
return 0;
