using System;
using System.Globalization;

namespace Wgec.Core.Reporting.Charts;

/// <summary>Validation shared by the chart inputs: labels and plotted values.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class ChartGuard
{
    /// <summary>Rejects a null or blank text and returns it trimmed.</summary>
    internal static string Text(string? text, string paramName, string? location = null, string what = "label")
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DomainValidationException("blank-" + what, $"{location ?? paramName}: a chart {what} must not be blank.", paramName, location);
        }

        return text!.Trim();
    }

    /// <summary>Rejects a value that is negative, NaN or infinite; the message names the labelled item.</summary>
    internal static double Value(double value, string owner, string paramName, string? location = null)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            throw new DomainValidationException("not-finite", $"the value of '{owner}' is {value.ToString(CultureInfo.InvariantCulture)}; chart values must be finite.", paramName, location);
        }

        if (value < 0)
        {
            throw new DomainValidationException("negative-value", $"the value of '{owner}' is {value.ToString(CultureInfo.InvariantCulture)}; chart values must be zero or more.", paramName, location);
        }

        return value;
    }
}
