using System.Linq;
using Wgec.Core.Process;

namespace Wgec.Core.Tests.Process;

public sealed class MandateTaskTests
{
    [Fact]
    public void Constructor_KeepsKeyAndTrimmedDescription()
    {
        var task = new MandateTask("decide-methods", "  decide its working methods at the outset ");
        task.Key.Should().Be("decide-methods");
        task.Description.Should().Be("decide its working methods at the outset");
        task.ToString().Should().Be("decide-methods: decide its working methods at the outset");
    }

    [Theory]
    [InlineData("two words")]
    [InlineData("1st")]
    [InlineData("-dash")]
    [InlineData("ünicode")]
    public void Constructor_KeyNotALetterThenLettersDigitsHyphens_ThrowsNamingTheRule(string key)
    {
        var act = () => new MandateTask(key, "a task");
        act.Should().Throw<DomainValidationException>().Which.Rule.Should().Be("invalid-task-key");
    }

    [Fact]
    public void Constructor_KeyTooLong_Throws_AndAtTheLimit_Holds()
    {
        new MandateTask(new string('k', MandateTask.MaxKeyLength), "a task").Key.Length.Should().Be(MandateTask.MaxKeyLength);
        var act = () => new MandateTask(new string('k', MandateTask.MaxKeyLength + 1), "a task");
        act.Should().Throw<DomainValidationException>().Which.Rule.Should().Be("invalid-task-key");
    }

    [Fact]
    public void Constructor_BlankKeyOrDescription_Throws()
    {
        var blankKey = () => new MandateTask(" ", "a task");
        blankKey.Should().Throw<System.ArgumentException>().WithParameterName("key");
        var blankDescription = () => new MandateTask("k", " ");
        blankDescription.Should().Throw<System.ArgumentException>().WithParameterName("description");
    }

    [Fact]
    public void Wgec2013Tasks_AreTheFourTasksOfResolution67_195_InOrder()
    {
        MandateTask.Wgec2013Tasks.Should().Equal(MandateTask.SeekInputs, MandateTask.CompileInputs, MandateTask.ReviewInputs, MandateTask.MakeRecommendations);
        MandateTask.Wgec2013Tasks.Select(t => t.Key).Should().Equal("seekInputs", "compileInputs", "reviewInputs", "makeRecommendations");
    }

    [Fact]
    public void Equality_IsByKeyAndDescription()
    {
        EqualityAssert.Contract(new MandateTask("k", "a task"), new MandateTask("k", "a task"), new MandateTask("k", "another task"));
        new MandateTask("k", "a task").Should().NotBe(new MandateTask("j", "a task"));
    }
}
