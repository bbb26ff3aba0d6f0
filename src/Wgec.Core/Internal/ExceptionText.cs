using System;

namespace Wgec.Core.Internal;

/// <summary>Messages of argument exceptions in the library's own words.</summary>
internal static class ExceptionText
{
    /// <summary>An exception's message without the "(Parameter 'x')" suffix the runtime appends.</summary>
    internal static string WithoutParameter(ArgumentException ex)
    {
        var message = ex.Message;
        if (ex.ParamName is { Length: > 0 } name)
        {
            var suffix = " (Parameter '" + name + "')";
            if (message.EndsWith(suffix, StringComparison.Ordinal))
            {
                message = message.Substring(0, message.Length - suffix.Length);
            }
        }

        return message.Length == 0 ? "invalid value." : message;
    }
}
