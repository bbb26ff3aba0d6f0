using System;
using System.Linq;
using System.Text.Json;
using Wgec.Core.Catalogue;
using Wgec.Core.Consensus;
using Wgec.Core.Consultation;
using Wgec.Core.Meetings;
using Wgec.Core.Process;
using Wgec.Core.Recommendations;
using Wgec.Core.Reporting;
using Wgec.Core.Serialization;

namespace Wgec.Core.Fuzz;

/// <summary>What the fuzz target did with one input.</summary>
internal enum FuzzVerdict
{
    /// <summary>The input was empty: nothing to read.</summary>
    Empty = 0,

    /// <summary>The reader refused the input with a <see cref="JsonException"/> (or the library's <see cref="WgecFormatException"/>).</summary>
    Rejected = 1,

    /// <summary>The reader accepted the input, and writing then reading it gave an equal value and identical bytes.</summary>
    Accepted = 2,
}

/// <summary>Thrown when an accepted input does not round-trip: a bug the fuzzer must report.</summary>
internal sealed class RoundTripFailureException : Exception
{
    public RoundTripFailureException(string message)
        : base(message)
    {
    }
}

/// <summary>
/// The fuzz target over dossier reading, shared by the SharpFuzz harness (<c>Program.cs</c>) and the
/// corpus replay unit test (compiled into both). The first input byte selects a dossier section
/// aggregate (<see cref="Sections"/>, modulo their count); the rest is UTF-8 JSON read with
/// <see cref="WgecJson.Options"/>. The only exception allowed out of the reader is
/// <see cref="JsonException"/> (<see cref="WgecFormatException"/> derives from it); every accepted
/// input must round-trip: write → read gives an equal value, and writing that again gives identical bytes.
/// Any other exception escapes, and the fuzzer reports it as a crash.
/// </summary>
internal static class FuzzTarget
{
    /// <summary>The section aggregates, in the order the first byte selects them. Append only: the corpus depends on the order.</summary>
    public static readonly Type[] Sections =
    [
        typeof(WorkingGroup),
        typeof(ConsultationRecord),
        typeof(IssueCatalogue),
        typeof(Recommendation),
        typeof(Reading),
        typeof(Roster),
        typeof(ObjectionLedger),
        typeof(Consolidation),
        typeof(Meeting),
        typeof(Questionnaire),
        typeof(Response),
        typeof(RecommendationHistory),
        typeof(MappingExercise),
        typeof(CorrespondenceGroup),
        typeof(Timeline),
        typeof(ReportOutline),
        typeof(Dossier),
    ];

    /// <summary>Runs one input; see the type's remarks for what it checks.</summary>
    public static FuzzVerdict Run(ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty)
        {
            return FuzzVerdict.Empty;
        }

        var json = data.Slice(1);
        return (data[0] % Sections.Length) switch
        {
            0 => Check<WorkingGroup>(json),
            1 => Check<ConsultationRecord>(json),
            2 => Check<IssueCatalogue>(json),
            3 => Check<Recommendation>(json),
            4 => Check<Reading>(json),
            5 => Check<Roster>(json),
            6 => Check<ObjectionLedger>(json),
            7 => Check<Consolidation>(json),
            8 => Check<Meeting>(json),
            9 => Check<Questionnaire>(json),
            10 => Check<Response>(json),
            11 => Check<RecommendationHistory>(json),
            12 => Check<MappingExercise>(json),
            13 => Check<CorrespondenceGroup>(json),
            14 => Check<Timeline>(json),
            15 => Check<ReportOutline>(json),
            _ => CheckDossier(json),
        };
    }

    /// <summary>The bytes of a corpus entry for <paramref name="value"/>: the section selector, then its JSON.</summary>
    public static byte[] Entry<T>(T value)
    {
        var selector = (byte)Array.IndexOf(Sections, typeof(T));
        return [selector, .. JsonSerializer.SerializeToUtf8Bytes(value, WgecJson.Options)];
    }

    /// <summary>The whole document, through the envelope reader other tools use: the real contract.</summary>
    private static FuzzVerdict CheckDossier(ReadOnlySpan<byte> json)
    {
        Dossier dossier;
        try
        {
            dossier = DossierSerializer.Read(json);
        }
        catch (JsonException)
        {
            return FuzzVerdict.Rejected;
        }

        var written = DossierSerializer.ToUtf8Bytes(dossier);
        Dossier copy;
        try
        {
            copy = DossierSerializer.Read(written);
        }
        catch (JsonException ex)
        {
            throw new RoundTripFailureException("Dossier: what was written does not read back: " + ex.Message);
        }

        if (!dossier.Equals(copy))
        {
            throw new RoundTripFailureException("Dossier: reading what was written gives a different value.");
        }

        if (!written.AsSpan().SequenceEqual(DossierSerializer.ToUtf8Bytes(copy)))
        {
            throw new RoundTripFailureException("Dossier: re-serialization is not byte-identical.");
        }

        return FuzzVerdict.Accepted;
    }

    private static FuzzVerdict Check<T>(ReadOnlySpan<byte> json)
        where T : class, IEquatable<T>
    {
        T? value;
        try
        {
            value = JsonSerializer.Deserialize<T>(json, WgecJson.Options);
        }
        catch (JsonException)
        {
            return FuzzVerdict.Rejected;
        }

        if (value is null)
        {
            // The JSON literal null: the reader gives no value, which is not an error.
            return FuzzVerdict.Accepted;
        }

        var written = JsonSerializer.SerializeToUtf8Bytes(value, WgecJson.Options);
        var copy = JsonSerializer.Deserialize<T>(written, WgecJson.Options)
            ?? throw new RoundTripFailureException($"{typeof(T).Name}: what was written reads back as null.");
        if (!value.Equals(copy))
        {
            throw new RoundTripFailureException($"{typeof(T).Name}: reading what was written gives a different value.");
        }

        var rewritten = JsonSerializer.SerializeToUtf8Bytes(copy, WgecJson.Options);
        if (!written.AsSpan().SequenceEqual(rewritten))
        {
            throw new RoundTripFailureException($"{typeof(T).Name}: re-serialization is not byte-identical.");
        }

        return FuzzVerdict.Accepted;
    }
}
