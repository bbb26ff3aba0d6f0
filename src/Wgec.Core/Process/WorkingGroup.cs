using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using Wgec.Core.Identifiers;
using Wgec.Core.Internal;
using Wgec.Core.Meetings;

namespace Wgec.Core.Process;

/// <summary>
/// A working group as a whole: its name, mandate, composition, modalities, meetings and observer
/// admissions, with every cross-reference checked.
/// </summary>
/// <remarks>
/// <para>Rules checked on construction, each named in the <see cref="DomainValidationException"/>:
/// <c>meeting-numbering</c> (each meeting numbered above the one before: a meeting the record
/// lacks leaves its number out);
/// <c>meeting-order</c> (each meeting starts after the previous one ends);
/// <c>established-after-meeting</c> (the group exists before its first meeting);
/// <c>unresolved-reference</c> (a breakout lead id, an admitted observer or an admission's meeting
/// number resolves); <c>not-an-observer</c> (an admission is about a participant whose standing is
/// observer); <c>end-meeting</c> (the end names the last meeting held, and is not dated before it
/// begins). Participant ids are unique (checked by <see cref="Composition"/>).</para>
/// <para>Equality is by content. Immutable and thread-safe.</para>
/// </remarks>
public sealed class WorkingGroup : IEquatable<WorkingGroup>
{
    /// <summary>Creates a working group.</summary>
    /// <param name="name">The group's name, e.g. "CSTD Working Group on Enhanced Cooperation".</param>
    /// <param name="mandate">What the group was asked to do.</param>
    /// <param name="composition">Who the group is.</param>
    /// <param name="modalities">How the group works.</param>
    /// <param name="meetings">The meetings, in increasing number and date order.</param>
    /// <param name="observerAdmissions">The group's decisions on observers.</param>
    /// <param name="establishedOn">The date the group was established, when known.</param>
    /// <param name="sources">Where the facts come from; may be empty.</param>
    /// <param name="end">How the process ended, when it has.</param>
    /// <exception cref="ArgumentException">An argument is null or breaks a rule named in the exception.</exception>
    public WorkingGroup(
        string name,
        Mandate mandate,
        Composition composition,
        Modalities modalities,
        IEnumerable<Meeting> meetings,
        IEnumerable<ObserverAdmission>? observerAdmissions = null,
        LocalDate? establishedOn = null,
        IEnumerable<SourceReference>? sources = null,
        ProcessEnd? end = null)
    {
        Name = DomainText.Required(name, nameof(name));
        Mandate = Preconditions.NotNull(mandate);
        Composition = Preconditions.NotNull(composition);
        Modalities = Preconditions.NotNull(modalities);
        Meetings = Immutable.ToArrayChecked(meetings, nameof(meetings));
        ObserverAdmissions = Immutable.ToArrayOrEmpty(observerAdmissions, nameof(observerAdmissions));
        EstablishedOn = establishedOn;
        Sources = Immutable.ToArrayOrEmpty(sources, nameof(sources));
        End = end;
        CheckMeetings();
        CheckReferences();
        CheckEnd();
    }

    /// <summary>The group's name.</summary>
    public string Name { get; }

    /// <summary>The date the group was established, or <see langword="null"/>.</summary>
    public LocalDate? EstablishedOn { get; }

    /// <summary>What the group was asked to do.</summary>
    public Mandate Mandate { get; }

    /// <summary>Who the group is.</summary>
    public Composition Composition { get; }

    /// <summary>How the group works.</summary>
    public Modalities Modalities { get; }

    /// <summary>The meetings, in order.</summary>
    public ImmutableArray<Meeting> Meetings { get; }

    /// <summary>The decisions on observers, in the given order.</summary>
    public ImmutableArray<ObserverAdmission> ObserverAdmissions { get; }

    /// <summary>Where the facts come from.</summary>
    public ImmutableArray<SourceReference> Sources { get; }

    /// <summary>How the process ended, or <see langword="null"/> while it runs or when the record does not say.</summary>
    public ProcessEnd? End { get; }

    /// <summary>The participants (the roster view: each has an id, a stakeholder group and a standing).</summary>
    public ImmutableArray<Participant> Participants => Composition.Participants;

    /// <summary>The chair, when the composition records one.</summary>
    public Participant? Chair => Composition.Participants.FirstOrDefault(p => p.Standing == Standing.Chair);

    /// <summary>Finds a meeting by its ordinal.</summary>
    /// <param name="number">The ordinal.</param>
    /// <returns>The meeting, or <see langword="null"/> when the group has none of that number.</returns>
    public Meeting? FindMeeting(int number)
    {
        // Numbers increase and start at 1, so meeting n is at index n - 1 or earlier.
        for (var i = Math.Min(number, Meetings.Length) - 1; i >= 0; i--)
        {
            if (Meetings[i].Number == number)
            {
                return Meetings[i];
            }

            if (Meetings[i].Number < number)
            {
                break;
            }
        }

        return null;
    }

    /// <summary>Returns a copy with one more meeting at the end; it must be numbered above and come after the last.</summary>
    /// <param name="meeting">The meeting.</param>
    /// <returns>A new working group.</returns>
    public WorkingGroup PlusMeeting(Meeting meeting) =>
        new(Name, Mandate, Composition, Modalities, Meetings.Add(Preconditions.NotNull(meeting)), ObserverAdmissions, EstablishedOn, Sources, End);

    /// <summary>Returns a copy with one more observer admission.</summary>
    /// <param name="admission">The admission; its observer and meeting must resolve.</param>
    /// <returns>A new working group.</returns>
    public WorkingGroup PlusObserverAdmission(ObserverAdmission admission) =>
        new(Name, Mandate, Composition, Modalities, Meetings, ObserverAdmissions.Add(Preconditions.NotNull(admission)), EstablishedOn, Sources, End);

    /// <summary>Returns a copy with another composition; references into it are checked again.</summary>
    /// <param name="composition">The composition.</param>
    /// <returns>A new working group.</returns>
    public WorkingGroup WithComposition(Composition composition) =>
        new(Name, Mandate, composition, Modalities, Meetings, ObserverAdmissions, EstablishedOn, Sources, End);

    /// <summary>Returns a copy with another end of the process; it is checked against the meetings.</summary>
    /// <param name="end">How the process ended, or <see langword="null"/>.</param>
    /// <returns>A new working group.</returns>
    public WorkingGroup WithEnd(ProcessEnd? end) =>
        new(Name, Mandate, Composition, Modalities, Meetings, ObserverAdmissions, EstablishedOn, Sources, end);

    /// <inheritdoc/>
    public bool Equals(WorkingGroup? other) =>
        other is not null
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && Mandate.Equals(other.Mandate)
        && Composition.Equals(other.Composition)
        && Modalities.Equals(other.Modalities)
        && Immutable.SequenceEqual(Meetings, other.Meetings)
        && Immutable.SequenceEqual(ObserverAdmissions, other.ObserverAdmissions)
        && EstablishedOn == other.EstablishedOn
        && Immutable.SequenceEqual(Sources, other.Sources)
        && Equals(End, other.End);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as WorkingGroup);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(
        StringComparer.Ordinal.GetHashCode(Name), Mandate, Composition, Modalities,
        Immutable.SequenceHash(Meetings), Immutable.SequenceHash(ObserverAdmissions), EstablishedOn, HashCode.Combine(Immutable.SequenceHash(Sources), End));

    /// <summary>The name and the number of meetings.</summary>
    /// <returns>The group as text.</returns>
    public override string ToString() => $"{Name} ({Meetings.Length} meetings)";

    private void CheckMeetings()
    {
        for (var i = 0; i < Meetings.Length; i++)
        {
            var meeting = Meetings[i];
            // A meeting's own constructor holds its number to 1 or more.
            if (i > 0 && meeting.Number <= Meetings[i - 1].Number)
            {
                throw new DomainValidationException(
                    "meeting-numbering",
                    $"meeting {DomainWords.Place(i)} of the list is numbered {meeting.Number}; meetings must be numbered in increasing order, so it must be above {Meetings[i - 1].Number}.",
                    "meetings",
                    $"meetings[{i}].number");
            }

            if (i > 0 && meeting.Dates.Start <= Meetings[i - 1].Dates.End)
            {
                throw new DomainValidationException(
                    "meeting-order",
                    $"meeting {meeting.Number} starts on {meeting.Dates.Start:uuuu-MM-dd}, not after meeting {Meetings[i - 1].Number} ends on {Meetings[i - 1].Dates.End:uuuu-MM-dd}.",
                    "meetings",
                    $"meetings[{i}].sessions");
            }
        }

        if (EstablishedOn is { } established && Meetings.Length > 0 && established > Meetings[0].Dates.Start)
        {
            throw new DomainValidationException(
                "established-after-meeting",
                $"the group is established on {established:uuuu-MM-dd}, after its first meeting starts on {Meetings[0].Dates.Start:uuuu-MM-dd}.",
                "establishedOn");
        }
    }

    private void CheckEnd()
    {
        if (End is null)
        {
            return;
        }

        if (FindMeeting(End.FinalMeeting) is not { } final || final.Number != Meetings[Meetings.Length - 1].Number)
        {
            var last = Meetings.IsEmpty ? "the group has no meetings" : $"its last meeting is meeting {Meetings[Meetings.Length - 1].Number}";
            throw new DomainValidationException("end-meeting", $"the process ends with meeting {End.FinalMeeting}, but {last}.", "end", "end.finalMeeting");
        }

        if (End.EndedOn < final.Dates.Start)
        {
            throw new DomainValidationException("end-meeting", $"the process ends on {End.EndedOn:uuuu-MM-dd}, before its final meeting {final.Number} starts on {final.Dates.Start:uuuu-MM-dd}.", "end", "end.endedOn");
        }
    }

    private void CheckReferences()
    {
        for (var i = 0; i < Meetings.Length; i++)
        {
            var groups = Meetings[i].BreakoutGroups;
            for (var j = 0; j < groups.Length; j++)
            {
                if (groups[j].LeadId is { } lead && !Composition.Contains(lead))
                {
                    throw new DomainValidationException(
                        "unresolved-reference",
                        $"the lead '{lead}' of breakout group {DomainWords.Place(j)} of meeting {Meetings[i].Number} is not a participant.",
                        "meetings",
                        $"meetings[{i}].breakoutGroups[{j}].leadId");
                }
            }
        }

        for (var i = 0; i < ObserverAdmissions.Length; i++)
        {
            var admission = ObserverAdmissions[i];
            var participant = Composition.Find(admission.Observer);
            if (participant is null)
            {
                throw new DomainValidationException(
                    "unresolved-reference",
                    $"observerAdmissions[{i}] is about '{admission.Observer}', who is not a participant.",
                    "observerAdmissions",
                    $"observerAdmissions[{i}].observer");
            }

            if (participant.Standing != Standing.Observer)
            {
                throw new DomainValidationException(
                    "not-an-observer",
                    $"observer admission {DomainWords.Place(i)} is about '{admission.Observer}', whose standing is {DomainWords.Of(participant.Standing)}, not observer.",
                    "observerAdmissions",
                    $"observerAdmissions[{i}].observer");
            }

            if (admission.MeetingNumber is { } number && FindMeeting(number) is null)
            {
                throw new DomainValidationException(
                    "unresolved-reference",
                    $"observerAdmissions[{i}] was decided at meeting {number}, which the group does not have.",
                    "observerAdmissions",
                    $"observerAdmissions[{i}].meetingNumber");
            }
        }
    }
}
