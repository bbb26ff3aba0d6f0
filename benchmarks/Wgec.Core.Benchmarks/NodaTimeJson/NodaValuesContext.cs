using System;
using System.Text.Json.Serialization;
using NodaTime;

namespace Wgec.Core.Benchmarks.NodaTimeJson;

/// <summary>Source-generated metadata for the arrays of the NodaTime benchmark; converters come from the options, as in Wgec.Core.</summary>
[JsonSerializable(typeof(Instant[]))]
[JsonSerializable(typeof(DateTimeOffset[]))]
public sealed partial class NodaValuesContext : JsonSerializerContext;
