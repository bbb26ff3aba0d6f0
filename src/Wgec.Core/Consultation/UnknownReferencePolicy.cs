namespace Wgec.Core.Consultation;

/// <summary>What a <see cref="ConsultationRecord"/> does with a response that names an unknown respondent or question.</summary>
/// <remarks>The default value is <see cref="Reject"/>.</remarks>
public enum UnknownReferencePolicy
{
    /// <summary>Refuse the record with a <see cref="DomainValidationException"/> that names the response.</summary>
    Reject = 0,

    /// <summary>Keep the response as it is, and report it as a <see cref="DataQualityFinding"/>; it is left out of pivots.</summary>
    KeepAndReport = 1,
}
