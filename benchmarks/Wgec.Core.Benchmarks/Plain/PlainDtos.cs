using System;
using System.Collections.Generic;
using Wgec.Core.Catalogue;
using Wgec.Core.Consensus;
using Wgec.Core.Consultation;
using Wgec.Core.Meetings;
using Wgec.Core.Process;
using Wgec.Core.Recommendations;

namespace Wgec.Core.Benchmarks.Plain;

// Plain, unvalidated POCOs holding the same content as the generated domain objects: what a user
// would write without Wgec.Core. Mutable lists and setters on purpose (this is the peer's model).
// Enums are the library's plain enums, written as camelCase strings by every serializer; instants
// are DateTimeOffset (UTC) and dates DateOnly, so no serializer needs NodaTime.

/// <summary>The whole plain dossier.</summary>
public sealed class PlainDossier
{
    public string Title { get; set; } = "";
    public PlainWorkingGroup WorkingGroup { get; set; } = null!;
    public PlainConsultation Consultation { get; set; } = null!;
    public PlainCatalogue Catalogue { get; set; } = null!;
    public List<PlainReportGroup> Groups { get; set; } = [];
    public List<PlainRecommendation> Recommendations { get; set; } = [];
    public List<PlainReading> Readings { get; set; } = [];
}

public sealed class PlainReportGroup
{
    public string Key { get; set; } = "";
    public string Title { get; set; } = "";
}

public sealed class PlainWorkingGroup
{
    public string Name { get; set; } = "";
    public DateOnly? EstablishedOn { get; set; }
    public PlainMandate Mandate { get; set; } = null!;
    public List<PlainParticipant> Participants { get; set; } = [];
    public PlainModalities Modalities { get; set; } = null!;
    public List<PlainMeeting> Meetings { get; set; } = [];
}

public sealed class PlainMandate
{
    public string Resolution { get; set; } = "";
    public int AdoptionYear { get; set; }
    public string Summary { get; set; } = "";
    public List<PlainMandateTask> Tasks { get; set; } = [];
    public string ReportingBody { get; set; } = "";
    public int SessionNumber { get; set; }
    public DateOnly SessionStart { get; set; }
    public DateOnly SessionEnd { get; set; }
}

public sealed class PlainMandateTask
{
    public string Key { get; set; } = "";
    public string Description { get; set; } = "";
}

public sealed class PlainParticipant
{
    public string Id { get; set; } = "";
    public ParticipantKind Kind { get; set; }
    public StakeholderGroup StakeholderGroup { get; set; }
    public Standing Standing { get; set; }
    public string? Name { get; set; }
    public string? Affiliation { get; set; }
}

public sealed class PlainModalities
{
    public string DecisionRule { get; set; } = "";
    public string MultiStakeholderApproach { get; set; } = "";
    public string ObserverRules { get; set; } = "";
    public bool RequiresGroupAgreement { get; set; }
}

public sealed class PlainMeeting
{
    public int Number { get; set; }
    public string City { get; set; } = "";
    public string TimeZoneId { get; set; } = "";
    public string? Building { get; set; }
    public List<PlainSession> Sessions { get; set; } = [];
}

public sealed class PlainSession
{
    public DateOnly Date { get; set; }
    public PartOfDay Part { get; set; }
}

public sealed class PlainConsultation
{
    public PlainQuestionnaire Questionnaire { get; set; } = null!;
    public List<PlainQuestionGroup> Groups { get; set; } = [];
    public List<PlainRespondent> Respondents { get; set; } = [];
    public List<PlainResponse> Submissions { get; set; } = [];
}

public sealed class PlainQuestionnaire
{
    public string Id { get; set; } = "";
    public string Title { get; set; } = "";
    public List<PlainQuestion> Questions { get; set; } = [];
    public bool IsOpenToAllStakeholders { get; set; }
    public string TimeZoneId { get; set; } = "";
    public List<PlainDeadline> Deadlines { get; set; } = [];
}

public sealed class PlainDeadline
{
    public DateOnly Date { get; set; }
    public string Decision { get; set; } = "";
}

public sealed class PlainQuestion
{
    public int Number { get; set; }
    public string Text { get; set; } = "";
    public QuestionKind Kind { get; set; }
    public AnswerFormat Format { get; set; }
    public List<string>? Options { get; set; }
    public bool IsTextDerived { get; set; }
}

public sealed class PlainQuestionGroup
{
    public string Key { get; set; } = "";
    public string Title { get; set; } = "";
    public List<int> QuestionNumbers { get; set; } = [];
}

public sealed class PlainRespondent
{
    public string Id { get; set; } = "";
    public string? Name { get; set; }
    public string? Organisation { get; set; }
    public PlainRespondentCategory Category { get; set; } = null!;
}

public sealed class PlainRespondentCategory
{
    public StakeholderGroup Group { get; set; }
    public string? SubType { get; set; }
    public string? Region { get; set; }
    public bool IsFromDevelopingCountry { get; set; }
    public EcosocStatus EcosocStatus { get; set; }
}

public sealed class PlainResponse
{
    public string RespondentId { get; set; } = "";
    public DateTimeOffset SubmittedAt { get; set; }
    public string Language { get; set; } = "";
    public List<PlainAnswer> Answers { get; set; } = [];
}

public sealed class PlainAnswer
{
    public int QuestionNumber { get; set; }
    public string? Text { get; set; }
    public List<string>? Choices { get; set; }
}

public sealed class PlainCatalogue
{
    public string TaxonomyName { get; set; } = "";
    public List<string> Categories { get; set; } = [];
    public List<PlainIssue> Issues { get; set; } = [];
    public List<PlainRawItem> RawItems { get; set; } = [];
    public List<PlainOperation> Operations { get; set; } = [];
}

public sealed class PlainRawItem
{
    public string Id { get; set; } = "";
    public string Text { get; set; } = "";
    public string Respondent { get; set; } = "";
    public int Question { get; set; }
    public StakeholderGroup Category { get; set; }
}

/// <summary>A consolidation step; it names the issues it creates by number (the issues are listed once, in the catalogue).</summary>
public sealed class PlainOperation
{
    public ConsolidationOperationKind Kind { get; set; }
    public List<string> Items { get; set; } = [];
    public List<int> Issues { get; set; } = [];
    public DiscardReason? Reason { get; set; }
    public string? Note { get; set; }
}

public sealed class PlainIssue
{
    public int Number { get; set; }
    public string Title { get; set; } = "";
    public string Category { get; set; } = "";
    public string? Grouping { get; set; }
    public List<string> ActivitiesAndApproaches { get; set; } = [];
    public IssueStatus Status { get; set; }
    public List<string> SourceItems { get; set; } = [];
}

public sealed class PlainRecommendation
{
    public string Id { get; set; } = "";
    public string Group { get; set; } = "";
    public string Title { get; set; } = "";
    public List<PlainVersion> Versions { get; set; } = [];
    public List<PlainLifecycleEvent> History { get; set; } = [];
}

public sealed class PlainVersion
{
    public int Number { get; set; }
    public string Text { get; set; } = "";
    public string Proposer { get; set; } = "";
    public string? What { get; set; }
    public string? How { get; set; }
    public List<string>? Who { get; set; }
    public int? SequenceOrder { get; set; }
    public List<int>? CatalogueIssues { get; set; }
}

public sealed class PlainLifecycleEvent
{
    public LifecycleEventKind Kind { get; set; }
    public DateTimeOffset At { get; set; }
    public int Meeting { get; set; }
    public string Actor { get; set; } = "";
    public OutcomeKind? Outcome { get; set; }
    public string? Note { get; set; }
}

public sealed class PlainReading
{
    public string Recommendation { get; set; } = "";
    public int Meeting { get; set; }
    public bool IsFinal { get; set; }
    public List<PlainPosition> Positions { get; set; } = [];
}

public sealed class PlainPosition
{
    public string Participant { get; set; } = "";
    public PositionKind Kind { get; set; }
    public string? Text { get; set; }
}
