using System;
using Wgec.Core.Internal;

namespace Wgec.Core;

/// <summary>
/// The words people use for the library's enum values, as its messages, summaries and reports write
/// them: <c>StakeholderGroup.PrivateSector</c> is "private sector", <c>OutcomeKind.ToBeRevisited</c>
/// "to be revisited". For tools that print the model and should speak as the library does.
/// </summary>
public static class DisplayText
{
    /// <summary>An enum value in words, e.g. "civil society" or "to be revisited"; a value without a name is given as its number.</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The value in words.</returns>
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => DomainWords.Of(value);
}
