using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using NodaTime;
using Wgec.Core.Identifiers;
using Wgec.Core.Internal;

namespace Wgec.Core.Process;

/// <summary>
/// A decision of the working group, under the rules of its observer policy (ECOSOC rules for
/// WGEC), to admit or refuse an observer.
/// </summary>
/// <remarks>Equality is by content. Immutable and thread-safe.</remarks>
public sealed class ObserverAdmission : IEquatable<ObserverAdmission>
{
    /// <summary>Creates an admission decision.</summary>
    /// <param name="observer">The participant the decision is about; the working group checks that it exists and is an observer.</param>
    /// <param name="decidedOn">The date of the decision.</param>
    /// <param name="admitted">Whether the observer was admitted.</param>
    /// <param name="rules">The rules applied, e.g. "ECOSOC rules of procedure".</param>
    /// <param name="meetingNumber">The meeting at which the group decided, when it was at a meeting.</param>
    /// <param name="sources">Where the facts come from; may be empty.</param>
    /// <exception cref="ArgumentException">The id is default, the rules text blank, or the meeting number below 1.</exception>
    public ObserverAdmission(ParticipantId observer, LocalDate decidedOn, bool admitted, string rules, int? meetingNumber = null, IEnumerable<SourceReference>? sources = null)
    {
        if (observer == default)
        {
            throw new DomainValidationException("required", "an observer admission needs the observer's id.", nameof(observer));
        }

        if (meetingNumber is < 1)
        {
            throw new DomainValidationException("out-of-range", $"meetingNumber must be at least 1, not {meetingNumber}.", nameof(meetingNumber));
        }

        Observer = observer;
        DecidedOn = decidedOn;
        Admitted = admitted;
        Rules = DomainText.Required(rules, nameof(rules));
        MeetingNumber = meetingNumber;
        Sources = Immutable.ToArrayOrEmpty(sources, nameof(sources));
    }

    /// <summary>The participant the decision is about.</summary>
    public ParticipantId Observer { get; }

    /// <summary>The date of the decision.</summary>
    public LocalDate DecidedOn { get; }

    /// <summary>Whether the observer was admitted.</summary>
    public bool Admitted { get; }

    /// <summary>The rules applied.</summary>
    public string Rules { get; }

    /// <summary>The meeting at which the group decided, or <see langword="null"/>.</summary>
    public int? MeetingNumber { get; }

    /// <summary>Where the facts come from.</summary>
    public ImmutableArray<SourceReference> Sources { get; }

    /// <inheritdoc/>
    public bool Equals(ObserverAdmission? other) =>
        other is not null
        && Observer == other.Observer
        && DecidedOn == other.DecidedOn
        && Admitted == other.Admitted
        && string.Equals(Rules, other.Rules, StringComparison.Ordinal)
        && MeetingNumber == other.MeetingNumber
        && Immutable.SequenceEqual(Sources, other.Sources);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ObserverAdmission);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Observer, DecidedOn, Admitted, StringComparer.Ordinal.GetHashCode(Rules), MeetingNumber, Immutable.SequenceHash(Sources));

    /// <summary>The observer, the outcome and the date.</summary>
    /// <returns>The decision as text.</returns>
    public override string ToString() => $"{Observer} {(Admitted ? "admitted" : "refused")} on {DecidedOn:uuuu-MM-dd} under {Rules}";
}
