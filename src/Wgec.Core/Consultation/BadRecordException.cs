using System;
using System.Text.Json;

namespace Wgec.Core.Consultation;

/// <summary>
/// Thrown when reading or folding a response stream meets a bad record under
/// <see cref="BadRecordPolicy.StopAtFirst"/>; the record says where (the true line or element index)
/// and why. Under <see cref="BadRecordPolicy.CollectAndContinue"/> nothing in the stream's content
/// throws: bad records are collected, and a fatal one (a fault in a JSON array itself) ends the read.
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
