namespace Wgec.Core.Consultation;

/// <summary>What a response stream does when a record cannot be read.</summary>
/// <remarks>The default value is <see cref="StopAtFirst"/>. Neither policy ignores a bad record silently.</remarks>
public enum BadRecordPolicy
{
    /// <summary>Stop at the first bad record with a <c>BadRecordException</c>.</summary>
    StopAtFirst = 0,

    /// <summary>
    /// Report each bad record and go on with the next one; only a fault in a JSON array itself (not an
    /// array, not closed, something after it) ends the read, since nothing after it can be located.
    /// </summary>
    CollectAndContinue = 1,
}
