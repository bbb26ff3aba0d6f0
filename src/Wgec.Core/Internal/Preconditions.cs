using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;

namespace Wgec.Core.Internal;

/// <summary>
/// The library's argument checks, in its own words: what is wrong, with the value and the limit
/// ("session number must be at least 1, was 0"). They keep the exception types callers catch
/// (<see cref="ArgumentNullException"/>, <see cref="ArgumentOutOfRangeException"/>,
/// <see cref="InvalidEnumArgumentException"/>, <see cref="ArgumentException"/>) and their
/// <see cref="ArgumentException.ParamName"/>, but their messages never carry the runtime's
/// "(Parameter 'x')" suffix nor the guard library's generic wording.
/// </summary>
/// <remarks>
/// Ardalis.GuardClauses makes each check; this layer only words its failure. The guard runs inside a
/// <c>try</c> whose <c>catch</c> throws the library's error: the valid path costs one call and
/// allocates nothing, where the guard's custom-exception overloads would take a closure on every call
/// of hot constructors (positions, findings).
/// </remarks>
internal static class Preconditions
{
    /// <summary>Returns <paramref name="value"/>, or throws an <see cref="ArgumentNullException"/> saying it is required.</summary>
    internal static T NotNull<T>([NotNull] T? value, [CallerArgumentExpression(nameof(value))] string paramName = "")
    {
        try
        {
            return Guard.Against.Null(value, paramName);
        }
        catch (ArgumentNullException)
        {
            throw Required(paramName);
        }
    }

    /// <summary>As <see cref="NotNull{T}(T, string)"/>, for a nullable value type.</summary>
    internal static T NotNull<T>([NotNull] T? value, [CallerArgumentExpression(nameof(value))] string paramName = "")
        where T : struct
    {
        try
        {
            return Guard.Against.Null(value, paramName);
        }
        catch (ArgumentNullException)
        {
            throw Required(paramName);
        }
    }

    /// <summary>Returns <paramref name="value"/> when it holds text; null is required, blank is refused.</summary>
    internal static string NotBlank([NotNull] string? value, [CallerArgumentExpression(nameof(value))] string paramName = "")
    {
        try
        {
            return Guard.Against.NullOrWhiteSpace(value, paramName);
        }
        catch (ArgumentNullException)
        {
            throw Required(paramName);
        }
        catch (ArgumentException)
        {
            throw new Refused(paramName, $"{DomainWords.Name(paramName)} must hold text, not {(value!.Length == 0 ? "be empty" : "only white space")}.");
        }
    }

    /// <summary>Returns <paramref name="value"/> when it is zero or more.</summary>
    internal static int NotNegative(int value, [CallerArgumentExpression(nameof(value))] string paramName = "")
    {
        try
        {
            return Guard.Against.Negative(value, paramName);
        }
        catch (ArgumentException)
        {
            throw AtLeast(paramName, "0", value.ToString(CultureInfo.InvariantCulture), value);
        }
    }

    /// <summary>Returns <paramref name="value"/> when it is zero or more.</summary>
    internal static long NotNegative(long value, [CallerArgumentExpression(nameof(value))] string paramName = "")
    {
        try
        {
            return Guard.Against.Negative(value, paramName);
        }
        catch (ArgumentException)
        {
            throw AtLeast(paramName, "0", value.ToString(CultureInfo.InvariantCulture), value);
        }
    }

    /// <summary>Returns <paramref name="value"/> when it is at least one: a number, a count or a rank people count from one.</summary>
    internal static int Positive(int value, [CallerArgumentExpression(nameof(value))] string paramName = "")
    {
        try
        {
            return Guard.Against.NegativeOrZero(value, paramName);
        }
        catch (ArgumentException)
        {
            throw AtLeast(paramName, "1", value.ToString(CultureInfo.InvariantCulture), value);
        }
    }

    /// <summary>Returns <paramref name="count"/> when a collection of that many elements is not empty.</summary>
    internal static int NotEmpty(int count, string paramName)
    {
        try
        {
            return Guard.Against.Zero(count, paramName);
        }
        catch (ArgumentException)
        {
            throw new Refused(paramName, $"{DomainWords.Name(paramName)} must not be empty.");
        }
    }

    /// <summary>Returns <paramref name="value"/> when it lies between <paramref name="min"/> and <paramref name="max"/>, both included.</summary>
    internal static T InRange<T>(T value, string paramName, T min, T max)
        where T : IComparable, IComparable<T>, IFormattable
    {
        try
        {
            return Guard.Against.OutOfRange(value, paramName, min, max);
        }
        catch (ArgumentException)
        {
            throw OutOfRangeText(value, paramName, min, max);
        }
    }

    private static OutOfRange OutOfRangeText<T>(T value, string paramName, T min, T max)
        where T : IComparable, IComparable<T>, IFormattable
    {
        var was = value.ToString(null, CultureInfo.InvariantCulture);
        var low = min.ToString(null, CultureInfo.InvariantCulture);
        var high = max.ToString(null, CultureInfo.InvariantCulture);
        var limit = max.CompareTo(min) < 0 ? "cannot be given: there is none to choose from" : min.CompareTo(max) == 0 ? $"must be {low}" : $"must be from {low} to {high}";
        return new OutOfRange(paramName, value, $"{DomainWords.Name(paramName)} {limit}, was {was}.");
    }

    /// <summary>Returns <paramref name="value"/> when it is one of its enum's named values; the message lists them in words.</summary>
    internal static TEnum Defined<TEnum>(TEnum value, [CallerArgumentExpression(nameof(value))] string paramName = "")
        where TEnum : struct, Enum
    {
        try
        {
            return Guard.Against.EnumOutOfRange(value, paramName);
        }
        catch (ArgumentException)
        {
            throw Undefined(value, paramName);
        }
    }

    /// <summary>The error for a value that is none of its enum's named values, listing those in words.</summary>
    internal static ArgumentException Undefined<TEnum>(TEnum value, string paramName)
        where TEnum : struct, Enum
    {
#if NET
        var names = Enum.GetValues<TEnum>()
#else
        var names = Enum.GetValues(typeof(TEnum)).Cast<TEnum>()
#endif
            .Where(v => v.ToString() != Specified.UnspecifiedName)
            .Select(v => DomainWords.Of(v));
        var number = Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
        return new UndefinedValue(paramName, $"{DomainWords.Name(paramName)} {number} is not a defined value; it must be one of: {string.Join(", ", names)}.");
    }

    /// <summary>The error for a required value that is missing, optionally saying why it is needed.</summary>
    internal static ArgumentNullException Required(string paramName, string? why = null) =>
        new Missing(paramName, why is null ? $"{DomainWords.Name(paramName)} is required." : $"{DomainWords.Name(paramName)} is required: {why}");

    /// <summary>The error for a value outside its limits, in <paramref name="text"/>'s words.</summary>
    internal static ArgumentOutOfRangeException OutOfRangeError(string paramName, object? value, string text) =>
        new OutOfRange(paramName, value, text);

    /// <summary>The error for a value refused for another reason, in <paramref name="text"/>'s words.</summary>
    internal static ArgumentException Invalid(string paramName, string text) =>
        new Refused(paramName, text);

    private static OutOfRange AtLeast(string paramName, string limit, string was, object value) =>
        new OutOfRange(paramName, value, $"{DomainWords.Name(paramName)} must be at least {limit}, was {was}.");

    // The runtime's ArgumentException.Message appends "(Parameter 'x')" (and "Actual value was…"):
    // each subclass keeps its caller-visible type and ParamName, and gives its message as written.
    private sealed class Missing : ArgumentNullException
    {
        private readonly string _text;

        public Missing(string paramName, string text)
            : base(paramName, text) => _text = text;

        public override string Message => _text;
    }

    private sealed class OutOfRange : ArgumentOutOfRangeException
    {
        private readonly string _text;

        public OutOfRange(string paramName, object? value, string text)
            : base(paramName, value, text) => _text = text;

        public override string Message => _text;
    }

    private sealed class UndefinedValue : InvalidEnumArgumentException
    {
        private readonly string _text;
        private readonly string _paramName;

        public UndefinedValue(string paramName, string text)
            : base(text) => (_text, _paramName) = (text, paramName);

        public override string Message => _text;

        public override string ParamName => _paramName;
    }

    private sealed class Refused : ArgumentException
    {
        private readonly string _text;

        public Refused(string paramName, string text)
            : base(text, paramName) => _text = text;

        public override string Message => _text;
    }
}
