using CsCheck;
using Wgec.Core.Reporting.Charts;

namespace Wgec.Core.Tests.Reporting.Charts;

public sealed class ChartScaleTests
{
    [Theory]
    [InlineData(71, 80, 20)]
    [InlineData(29, 30, 10)]
    [InlineData(8, 8, 2)]
    [InlineData(0.3, 0.3, 0.1)]
    [InlineData(0, 1, 1)]
    [InlineData(3, 3, 1)]
    public void Covering_ChoosesRoundMaximumAndStep(double largest, double max, double step)
    {
        var scale = ChartScale.Covering(largest);
        scale.Max.Should().BeApproximately(max, 1e-9);
        scale.Step.Should().BeApproximately(step, 1e-9);
    }

    [Fact]
    public void Covering_Property_CoversTheValueWithAFewTicks()
    {
        Gen.Double[0.001, 1e9].Sample(largest =>
        {
            var scale = ChartScale.Covering(largest);
            scale.Max.Should().BeGreaterThanOrEqualTo(largest * (1 - 1e-9));
            scale.Intervals.Should().BeInRange(1, 10);
            scale.Tick(scale.Intervals).Should().BeApproximately(scale.Max, scale.Max * 1e-9);
        }, iter: 1000);
    }
}
