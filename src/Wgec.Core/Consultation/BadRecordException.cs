using System;
using System.Text.Json;

namespace Wgec.Core.Consultation;

/// <summary>
/// Thrown when reading or folding a response stream meets a bad record under
/// <see cref="BadRecordPolicy.StopAtFirst"/>, or a fault that makes the rest of the stream
/// unreadable (malformed JSON inside a JSON array) under either policy.
/// </summary>
/// <remarks>Derives from <see cref="JsonException"/>, so one <c>catch (JsonException)</c> covers every reading fault.</remarks>
public sealed class BadRecordException : JsonException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="record">The bad record.</param>
    /// <param name="innerException">The fault that made the record bad, if any.</param>
    public BadRecordException(BadRecord record, Exception? innerException = null)
        : base(Preconditions.NotNull(record).ToString(), innerException)
    {
        Record = record;
    }

    /// <summary>The bad record.</summary>
    public BadRecord Record { get; }
}
