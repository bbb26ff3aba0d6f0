using System;
using System.Collections.Generic;
using System.Linq;
using Wgec.Core.Serialization;

namespace Wgec.Core.Tests.Serialization;

// ReadErrors is internal, but every reader reports through it: these pin the error each kind of
// constructor failure becomes, including the branches no well-formed DTO can reach today.
public sealed class ReadErrorsTests
{
    [Fact]
    public void Build_FactorySucceeds_ReturnsItsResultAndRecordsNothing()
    {
        var errors = new ReadErrors();

        Build(errors, "$.a", () => "value").Should().Be("value");

        errors.HasErrors.Should().BeFalse();
        errors.Count.Should().Be(0);
    }

    [Fact]
    public void Build_DomainErrorWithMemberLocation_IsRecordedBelowThePathWithItsRule()
    {
        var errors = new ReadErrors();

        var result = Build(errors, "$.meetings[0]", () => throw new DomainValidationException("sessions-overlap", "two sessions overlap.", "sessions", "sessions[1]"));

        result.Should().BeNull();
        errors.ToImmutable().Should().Equal(new ValidationError("$.meetings[0].sessions[1]", "sessions-overlap", "two sessions overlap."));
    }

    [Fact]
    public void Build_DomainErrorWithIndexLocation_IsAppendedWithoutADot()
    {
        var errors = new ReadErrors();

        Build(errors, "$.items", () => throw new DomainValidationException("null-element", "items[2] is null.", "items", "[2]"));

        errors.ToImmutable().Single().Path.Should().Be("$.items[2]");
    }

    [Fact]
    public void Build_DomainErrorWithEmptyLocation_FallsBackToTheParameter()
    {
        var errors = new ReadErrors();

        Build(errors, "$.x", () => throw new DomainValidationException("rule", "bad.", "Param", string.Empty));

        errors.ToImmutable().Single().Path.Should().Be("$.x.param");
    }

    [Fact]
    public void Build_DomainErrorWithoutLocation_UsesTheCamelCasedParameterName()
    {
        var errors = new ReadErrors();

        Build(errors, "$.meeting", () => throw new DomainValidationException("too-long", "a title is too long.", "Title"));

        errors.ToImmutable().Should().Equal(new ValidationError("$.meeting.title", "too-long", "a title is too long."));
    }

    [Fact]
    public void Build_ArgumentNullException_IsRecordedAsRequiredAtTheParameter()
    {
        var errors = new ReadErrors();

        Build(errors, "$.venue", () => throw new ArgumentNullException("city", "a city is required."));

        errors.ToImmutable().Should().Equal(new ValidationError("$.venue.city", "required", "a city is required."));
    }

    [Fact]
    public void Build_ArgumentOutOfRangeException_IsRecordedAsOutOfRange()
    {
        var errors = new ReadErrors();

        Build(errors, "$.question", () => throw new ArgumentOutOfRangeException("number", "must be 1–18."));

        errors.ToImmutable().Should().Equal(new ValidationError("$.question.number", "out-of-range", "must be 1–18."));
    }

    [Fact]
    public void Build_PlainArgumentExceptionWithoutParameter_IsRecordedAsInvalidAtThePath()
    {
        var errors = new ReadErrors();

        Build(errors, "$.x", () => throw new ArgumentException("something is off."));

        errors.ToImmutable().Should().Equal(new ValidationError("$.x", "invalid", "something is off."));
    }

    [Fact]
    public void Build_ArgumentExceptionWithEmptyParameterName_IsRecordedAtThePath()
    {
        var errors = new ReadErrors();

        Build(errors, "$.x", () => throw new ArgumentException("something is off.", string.Empty));

        errors.ToImmutable().Single().Path.Should().Be("$.x");
    }

    [Fact]
    public void Build_ArgumentExceptionWithEmptyMessage_IsRecordedWithAGenericMessage()
    {
        var errors = new ReadErrors();

        Build(errors, "$.x", () => throw new ArgumentException(string.Empty));

        errors.ToImmutable().Single().Message.Should().Be("invalid value.");
    }

    [Fact]
    public void Build_OtherExceptions_AreNotSwallowed()
    {
        var errors = new ReadErrors();

        var act = () => Build(errors, "$.x", () => throw new InvalidOperationException("a bug"));

        act.Should().Throw<InvalidOperationException>();
        errors.HasErrors.Should().BeFalse();
    }

    [Fact]
    public void MessageWithoutParameter_StripsOnlyTheRuntimeSuffixForItsOwnParameter()
    {
        var withSuffix = new ArgumentException("bad value.", "title");
        withSuffix.Message.Should().EndWith(" (Parameter 'title')");

        ReadErrors.MessageWithoutParameter(withSuffix).Should().Be("bad value.");
        ReadErrors.MessageWithoutParameter(new ArgumentException("bad value.")).Should().Be("bad value.");
        ReadErrors.MessageWithoutParameter(new ArgumentException("see (Parameter 'other')", "title")).Should().Be("see (Parameter 'other')");
    }

    [Fact]
    public void Add_BeyondTheLimit_RecordsOneTooManyErrorsEntryAndThenNothing()
    {
        var errors = new ReadErrors();

        for (var i = 0; i < ReadErrors.MaxErrors + 5; i++)
        {
            errors.Add($"$.items[{i}]", "invalid", "bad.");
        }

        var recorded = errors.ToImmutable();
        recorded.Should().HaveCount(ReadErrors.MaxErrors + 1);
        recorded[ReadErrors.MaxErrors - 1].Path.Should().Be($"$.items[{ReadErrors.MaxErrors - 1}]");
        recorded[^1].Should().Be(new ValidationError("$", "too-many-errors", $"more than {ReadErrors.MaxErrors} errors; reading stopped recording them."));
        errors.Count.Should().Be(ReadErrors.MaxErrors + 1);
    }

    [Fact]
    public void Member_BuildsAJsonPath()
    {
        ReadErrors.Member("$.a", "b").Should().Be("$.a.b");
    }

    /// <summary>What a reader does with a constructor's refusal: record it at the path, refined by its location.</summary>
    private static string? Build(ReadErrors errors, string path, Func<string> factory)
    {
        try
        {
            return factory();
        }
        catch (ArgumentException ex)
        {
            errors.Record(path, ex);
            return null;
        }
    }
}
