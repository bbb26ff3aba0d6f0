using System;
using System.Globalization;
using System.Text;
using Wgec.Core.Process;

namespace Wgec.Core.Internal;

/// <summary>
/// The one place that turns a name of the code into the words people use: an enum value
/// ("private sector", "to be revisited") or a parameter name ("session number").
/// </summary>
internal static class DomainWords
{
    /// <summary>An enum value in words; a value without a name is given as its number.</summary>
    internal static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        if (value is StakeholderGroup group)
        {
            return Group(group);
        }

        var name = value.ToString();
        return name.Length > 0 && (char.IsDigit(name[0]) || name[0] == '-') ? name : Split(name);
    }

    /// <summary>A stakeholder group in words, e.g. "civil society".</summary>
    internal static string Group(StakeholderGroup group) => group switch
    {
        StakeholderGroup.Governments => "governments",
        StakeholderGroup.PrivateSector => "private sector",
        StakeholderGroup.CivilSociety => "civil society",
        StakeholderGroup.TechnicalAndAcademic => "technical and academic community",
        StakeholderGroup.IntergovernmentalAndInternational => "intergovernmental and international organisations",
        _ => ((int)group).ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// A parameter or member name in words: "sessionNumber" is "session number"; a path such as
    /// <c>pair.Value</c> keeps only its last part.
    /// </summary>
    internal static string Name(string name)
    {
        var dot = name.LastIndexOf('.');
        return Split(dot >= 0 ? name.Substring(dot + 1) : name);
    }

    /// <summary>A position people read, counted from one: the element at index 0 is "1".</summary>
    internal static string Place(int index) => (index + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>"entry 2 of meetings" for the element at index 1 of the parameter <c>meetings</c>.</summary>
    internal static string Entry(string paramName, int index) => $"entry {Place(index)} of {Name(paramName)}";

    /// <summary>"ToBeRevisited" and "toBeRevisited" are "to be revisited"; acronyms stay whole ("ECOSOC").</summary>
    private static string Split(string name)
    {
        var words = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var wordStart = i > 0 && char.IsUpper(c)
                && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1])));
            if (wordStart)
            {
                words.Append(' ');
            }

            var acronym = char.IsUpper(c) && ((i + 1 < name.Length && char.IsUpper(name[i + 1])) || (i > 0 && char.IsUpper(name[i - 1]) && (i + 1 == name.Length || !char.IsLower(name[i + 1]))));
            words.Append(acronym ? c : char.ToLowerInvariant(c));
        }

        return words.ToString();
    }
}
