using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Wgec.Core.Serialization;

namespace Wgec.Core.Tests.Architecture;

/// <summary>
/// What a message for people must not hold: the runtime's "(Parameter 'x')" suffix, the guard
/// library's generic wording, a .NET type name, an enum value's code name, or a position counted
/// from zero.
/// </summary>
internal static class MessageRules
{
    private static readonly Regex TypeName = new(
        @"\b(System|Wgec\.Core|NodaTime|Ardalis)\.[A-Z]|\b(ImmutableArray|ImmutableList|Nullable|Int32|Int64|Boolean|IEnumerable|IReadOnlyList|IReadOnlyDictionary)\b|`1",
        RegexOptions.CultureInvariant);

    private static readonly Regex FromZero = new(
        @"\b(item|reading|position|element|entry|choice|option|cell|submission|record|operation|answer|actor|line|row|segment|index|question|session|meeting|extension|task|seat|group count)s? 0\b|\[0\]",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>Every multi-word enum member name of the library ("PrivateSector", "ToBeRevisited"), as a whole word.</summary>
    private static readonly Regex EnumCodeName = new(
        @"\b(" + string.Join("|", typeof(WgecJson).Assembly.GetExportedTypes()
            .Where(t => t.IsEnum)
            .SelectMany(Enum.GetNames)
            .Where(n => n.Skip(1).Any(char.IsUpper))
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(n => n.Length)) + @")\b",
        RegexOptions.CultureInvariant);

    /// <summary>The rules <paramref name="message"/> breaks, each with the text that breaks it; empty when it speaks the domain's words.</summary>
    public static IReadOnlyList<string> Faults(string message)
    {
        var faults = new List<string>();
        if (message.Contains("(Parameter '", StringComparison.Ordinal))
        {
            faults.Add("parameter suffix");
        }

        if (message.Contains("Required input", StringComparison.Ordinal) || message.Contains("Value cannot be null", StringComparison.Ordinal)
            || message.Contains("Specified argument", StringComparison.Ordinal) || message.Contains("Actual value was", StringComparison.Ordinal))
        {
            faults.Add("generic wording");
        }

        Add(faults, "type name", TypeName.Match(message));
        Add(faults, "enum code name", EnumCodeName.Match(message));
        Add(faults, "position from zero", FromZero.Match(message));
        return faults;
    }

    /// <summary>The messages that break a rule, each with what it breaks, one a line.</summary>
    public static IReadOnlyList<string> Offending(IEnumerable<string> messages) =>
        messages.Distinct(StringComparer.Ordinal)
            .Select(m => (Message: m, Faults: Faults(m)))
            .Where(x => x.Faults.Count > 0)
            .Select(x => $"{string.Join(", ", x.Faults)}: {x.Message}")
            .ToList();

    private static void Add(List<string> faults, string what, Match match)
    {
        if (match.Success)
        {
            faults.Add($"{what} '{match.Value}'");
        }
    }
}
