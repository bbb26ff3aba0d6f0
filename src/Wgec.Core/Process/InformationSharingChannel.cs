namespace Wgec.Core.Process;

/// <summary>A way in which a working group shares its meetings with stakeholders outside the room.</summary>
/// <remarks>The numeric values are not part of the contract: JSON writes the names. <c>default</c> is <see cref="AudioRecording"/>.</remarks>
public enum InformationSharingChannel
{
    /// <summary>Meetings are audio-recorded.</summary>
    AudioRecording = 0,

    /// <summary>Meetings are streamed live.</summary>
    Streaming = 1,

    /// <summary>Real-time transcripts are published.</summary>
    RealTimeTranscripts = 2,

    /// <summary>Remote participation is possible.</summary>
    RemoteParticipation = 3,
}
