using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using NodaTime;
using Wgec.Core.Identifiers;
using Wgec.Core.Internal;

namespace Wgec.Core.Process;

/// <summary>
/// How a working group's process ended: its final meeting, the date it ended and the outcome as
/// the record declares it (e.g. "no report was adopted for lack of consensus").
/// </summary>
/// <remarks>
/// The working group checks that the final meeting is its last meeting and that the process did not
/// end before that meeting began. A record may date the end after the meeting's last day (talks ran
/// past midnight); both are kept and <see cref="Dossier.DataQualityFindings"/> reports it.
/// Equality is by content. Immutable and thread-safe.
/// </remarks>
public sealed class ProcessEnd : IEquatable<ProcessEnd>
{
    /// <summary>Creates the end of a process.</summary>
    /// <param name="finalMeeting">The number of the final meeting; at least 1.</param>
    /// <param name="endedOn">The date the process ended.</param>
    /// <param name="outcome">The declared outcome, paraphrased.</param>
    /// <param name="sources">Where the facts come from; may be empty.</param>
    /// <exception cref="ArgumentException">The meeting number is below 1, the outcome is blank or an argument is null.</exception>
    public ProcessEnd(int finalMeeting, LocalDate endedOn, string outcome, IEnumerable<SourceReference>? sources = null)
    {
        FinalMeeting = Preconditions.Positive(finalMeeting);
        EndedOn = endedOn;
        Outcome = DomainText.Required(outcome, nameof(outcome));
        Sources = Immutable.ToArrayOrEmpty(sources, nameof(sources));
    }

    /// <summary>The number of the final meeting.</summary>
    public int FinalMeeting { get; }

    /// <summary>The date the process ended.</summary>
    public LocalDate EndedOn { get; }

    /// <summary>The declared outcome.</summary>
    public string Outcome { get; }

    /// <summary>Where the facts come from.</summary>
    public ImmutableArray<SourceReference> Sources { get; }

    /// <inheritdoc/>
    public bool Equals(ProcessEnd? other) =>
        other is not null
        && FinalMeeting == other.FinalMeeting
        && EndedOn == other.EndedOn
        && string.Equals(Outcome, other.Outcome, StringComparison.Ordinal)
        && Immutable.SequenceEqual(Sources, other.Sources);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ProcessEnd);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(FinalMeeting, EndedOn, StringComparer.Ordinal.GetHashCode(Outcome), Immutable.SequenceHash(Sources));

    /// <summary>The final meeting, the date and the outcome.</summary>
    /// <returns>The end as text.</returns>
    public override string ToString() => $"ended {EndedOn:uuuu-MM-dd} after meeting {FinalMeeting}: {Outcome}";
}
