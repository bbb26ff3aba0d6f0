using System;
using System.Linq;
using Wgec.Core.Consultation;
using Wgec.Core.Identifiers;
using Wgec.Core.Process;
using Wgec.Core.Tests.Serialization;

namespace Wgec.Core.Tests.Consultation;

public sealed class ConsultationRecordTests
{
    private static readonly Questionnaire Sample = SampleConsultation.Questionnaire();

    [Fact]
    public void SecondSubmission_SupersedesFirst_AndHistoryIsKept()
    {
        var record = SampleConsultation.Record();
        var r03 = new RespondentId("r03");

        record.Submissions.Should().HaveCount(11);
        record.Responses.Should().HaveCount(10);
        record.Responses.Single(r => r.RespondentId == r03).SubmittedAt.Should().Be(SampleConsultation.Later);
        record.History(r03).Select(r => r.SubmittedAt).Should().Equal(SampleConsultation.Early, SampleConsultation.Later);
        record.SupersededSubmissions.Should().ContainSingle().Which.AnswerTo(2)!.Text.Should().Be("r03 first on Q2");
    }

    [Fact]
    public void EarlierSubmissionListedLater_DoesNotSupersede()
    {
        var record = new ConsultationRecord(Sample, respondents: SampleConsultation.Respondents(), submissions:
        [
            SampleConsultation.Submit("r01", SampleConsultation.Later, Answer.FreeText(2, "newer")),
            SampleConsultation.Submit("r01", SampleConsultation.Early, Answer.FreeText(2, "older")),
        ]);
        record.Responses.Should().ContainSingle().Which.AnswerTo(2)!.Text.Should().Be("newer");
        record.SupersededSubmissions.Should().ContainSingle().Which.AnswerTo(2)!.Text.Should().Be("older");
    }

    [Fact]
    public void LateSubmission_IsKeptAndFlagged()
    {
        var record = SampleConsultation.Record();
        var late = record.LateSubmissions.Should().ContainSingle().Which;
        late.RespondentId.Should().Be(new RespondentId("r07"));
        record.Responses.Should().Contain(late);
        record.IsLate(late).Should().BeTrue();
    }

    [Fact]
    public void UnknownRespondent_IsRejectedWithLocation()
    {
        var act = () => new ConsultationRecord(Sample, respondents: SampleConsultation.Respondents(), submissions: [SampleConsultation.Submit("r99", SampleConsultation.Early, Answer.FreeText(2, "x"))]);
        var error = act.Should().Throw<DomainValidationException>().Which;
        error.Rule.Should().Be("unknown-respondent");
        error.Location.Should().Be("submissions[0].respondentId");
        error.Message.Should().Contain("r99");
    }

    [Fact]
    public void UnknownQuestion_IsRejectedWithLocation()
    {
        var act = () => new ConsultationRecord(Sample, respondents: SampleConsultation.Respondents(), submissions: [SampleConsultation.Submit("r01", SampleConsultation.Early, Answer.FreeText(2, "x"), Answer.FreeText(9, "y"))]);
        var error = act.Should().Throw<DomainValidationException>().Which;
        error.Rule.Should().Be("unknown-question");
        error.Location.Should().Be("submissions[0].answers[1]");
    }

    [Fact]
    public void UnknownReferences_KeptWhenAsked_AreReportedAndLeftOutOfPivots()
    {
        var record = new ConsultationRecord(
            Sample,
            respondents: SampleConsultation.Respondents(),
            submissions:
            [
                SampleConsultation.Submit("r99", SampleConsultation.Early, Answer.FreeText(2, "x")),
                SampleConsultation.Submit("r01", SampleConsultation.Early, Answer.FreeText(2, "x"), Answer.FreeText(9, "y")),
            ],
            unknownReferences: UnknownReferencePolicy.KeepAndReport);

        record.Submissions.Should().HaveCount(2);
        record.Responses.Should().ContainSingle().Which.RespondentId.Should().Be(new RespondentId("r01"));
        record.Findings().Select(f => f.Code).Should().Contain(["unknown-respondent", "unknown-question"]);
        record.ByRespondent().Single().Answers.Select(a => a.QuestionNumber).Should().Equal(2);
    }

    [Fact]
    public void ChoiceOutsideOptions_IsRejected()
    {
        var act = () => new ConsultationRecord(Sample, respondents: SampleConsultation.Respondents(), submissions: [SampleConsultation.Submit("r01", SampleConsultation.Early, Answer.Choice(3, "w"))]);
        act.Should().Throw<DomainValidationException>().Which.Rule.Should().Be("unknown-option");
    }

    [Fact]
    public void TwoChoicesForSingleChoice_AreRejected()
    {
        var act = () => new ConsultationRecord(Sample, respondents: SampleConsultation.Respondents(), submissions: [SampleConsultation.Submit("r01", SampleConsultation.Early, Answer.Choice(1, "government", "business"))]);
        act.Should().Throw<DomainValidationException>().Which.Rule.Should().Be("too-many-choices");
    }

    [Fact]
    public void ChoiceOnFreeText_IsRejected()
    {
        var act = () => new ConsultationRecord(Sample, respondents: SampleConsultation.Respondents(), submissions: [SampleConsultation.Submit("r01", SampleConsultation.Early, Answer.Choice(2, "x"))]);
        act.Should().Throw<DomainValidationException>().Which.Rule.Should().Be("choice-on-free-text");
    }

    [Fact]
    public void DuplicateRespondent_IsRejected()
    {
        var people = SampleConsultation.Respondents();
        var act = () => new ConsultationRecord(Sample, respondents: people.Append(people[0]));
        act.Should().Throw<DomainValidationException>().Which.Rule.Should().Be("duplicate-respondent");
    }

    [Fact]
    public void Group_QuestionInTwoGroups_IsRejected()
    {
        var act = () => new ConsultationRecord(Sample, [new(new GroupKey("A"), "a", [2, 3]), new(new GroupKey("B"), "b", [3, 4])]);
        var error = act.Should().Throw<DomainValidationException>().Which;
        error.Rule.Should().Be("question-in-two-groups");
        error.Location.Should().Be("groups[1].questionNumbers[0]");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    public void Group_ProfileOrCommentQuestion_IsRejected(int question)
    {
        var act = () => new ConsultationRecord(Sample, [new(new GroupKey("A"), "a", [2, question])]);
        act.Should().Throw<DomainValidationException>().Which.Rule.Should().Be("non-substantive-question-grouped");
    }

    [Fact]
    public void Group_UnknownQuestion_IsRejected()
    {
        var act = () => new ConsultationRecord(Sample, [new(new GroupKey("A"), "a", [2, 6])]);
        act.Should().Throw<DomainValidationException>().Which.Rule.Should().Be("unknown-question");
    }

    [Fact]
    public void Group_DuplicateKey_IsRejected()
    {
        var act = () => new ConsultationRecord(Sample, [new(new GroupKey("A"), "a", [2]), new(new GroupKey("A"), "b", [3])]);
        act.Should().Throw<DomainValidationException>().Which.Rule.Should().Be("duplicate-group-key");
    }

    [Fact]
    public void UngroupedSubstantiveQuestions_AreReported()
    {
        var record = new ConsultationRecord(Sample, [new(new GroupKey("A"), "a", [3])]);
        record.UngroupedSubstantiveQuestions.Should().Equal(2, 4);
        record.Findings().Where(f => f.Code == "ungrouped-substantive-question").Select(f => f.Message)
            .Should().Equal("substantive question 2 is in no group.", "substantive question 4 is in no group.");
    }

    [Fact]
    public void Findings_RecordsAgainstDeclared_AreReportedWithoutCorrecting()
    {
        var record = SampleConsultation.Record(Wgec2013Consultation.Declared());
        var codes = record.Findings().Select(f => f.Code).ToList();
        codes[0].Should().Be("declared-distribution-sum-mismatch");
        codes.Should().Contain("respondent-total-mismatch").And.Contain("category-count-mismatch");
        record.Responses.Should().HaveCount(10);
        record.Declared.Should().Be(Wgec2013Consultation.Declared());
    }

    [Fact]
    public void PlusSubmission_AddsAndIsPure()
    {
        var record = SampleConsultation.Record();
        var more = record.PlusSubmission(SampleConsultation.Submit("r10", SampleConsultation.Later, Answer.FreeText(2, "second")));
        more.Submissions.Should().HaveCount(12);
        more.SupersededSubmissions.Should().HaveCount(2);
        record.Submissions.Should().HaveCount(11);
    }

    [Fact]
    public void PlusRespondent_AddsAndIsPure()
    {
        var record = new ConsultationRecord(Sample);
        var more = record.PlusRespondent(new Respondent(new RespondentId("x"), new RespondentCategory(StakeholderGroup.Governments)));
        more.Respondents.Should().ContainSingle();
        record.Respondents.Should().BeEmpty();
    }

    [Fact]
    public void Equality_IsByContent()
    {
        SampleConsultation.Record().Should().Be(SampleConsultation.Record());
        SampleConsultation.Record().Should().NotBe(SampleConsultation.Record(Wgec2013Consultation.Declared()));
    }

    [Fact]
    public void Json_RoundTrips()
    {
        JsonAssert.RoundTrips(SampleConsultation.Record(Wgec2013Consultation.Declared()));
        JsonAssert.RoundTrips(Wgec2013Consultation.Record());
        JsonAssert.RoundTrips(new ConsultationRecord(Sample, unknownReferences: UnknownReferencePolicy.KeepAndReport))
            .Should().Contain("\"unknownReferences\":\"keepAndReport\"");
    }

    [Fact]
    public void Json_QuestionInTwoGroups_FailsWithPath()
    {
        var json = System.Text.Json.JsonSerializer.Serialize(new ConsultationRecord(Sample, [new(new GroupKey("A"), "a", [2, 3]), new(new GroupKey("B"), "b", [4])]), Wgec.Core.Serialization.WgecJson.Options)
            .Replace("\"questionNumbers\":[4]", "\"questionNumbers\":[3]", StringComparison.Ordinal);
        JsonAssert.FailsToRead<ConsultationRecord>(json, "$.groups[1].questionNumbers[0]", "question 3 is in group A and in group B");
    }

    [Fact]
    public void Json_UnknownRespondent_CannotBypassValidation()
    {
        var json = System.Text.Json.JsonSerializer.Serialize(SampleConsultation.Record(), Wgec.Core.Serialization.WgecJson.Options)
            .Replace("\"respondentId\":\"r10\"", "\"respondentId\":\"r99\"", StringComparison.Ordinal);
        var error = JsonAssert.FailsToRead<ConsultationRecord>(json, "$.submissions[9].respondentId", "r99");
        error.Should().BeOfType<Wgec.Core.Serialization.WgecFormatException>().Which.Errors.Should().ContainSingle().Which.Rule.Should().Be("unknown-respondent");
    }
}
