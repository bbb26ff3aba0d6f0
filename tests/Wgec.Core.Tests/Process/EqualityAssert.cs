using System;

namespace Wgec.Core.Tests.Process;

/// <summary>The equality contract every domain type keeps, in the style of NodaTime's TestHelper.TestEqualsClass.</summary>
internal static class EqualityAssert
{
    /// <summary>
    /// Asserts that <paramref name="value"/> equals <paramref name="equalValue"/> (a separately built
    /// copy, or an equal value of a struct) in every way — Equals, Equals(object), GetHashCode — and differs from each of
    /// <paramref name="unequalValues"/>, from null and from an object of another type.
    /// </summary>
    public static void Contract<T>(T value, T equalValue, params T[] unequalValues)
        where T : IEquatable<T>
    {
        if (!typeof(T).IsValueType)
        {
            ReferenceEquals(value, equalValue).Should().BeFalse("the equal value must be a separate instance");
        }

        value.Equals(equalValue).Should().BeTrue();
        value.Equals((object)equalValue).Should().BeTrue();
        equalValue.Equals(value).Should().BeTrue();
        value.GetHashCode().Should().Be(equalValue.GetHashCode());
        IEquatable<T> typed = value;
        object boxed = value;
        if (!typeof(T).IsValueType)
        {
            typed.Equals(default).Should().BeFalse();
        }

        boxed.Equals(new object()).Should().BeFalse();
        boxed.Equals(null).Should().BeFalse();
        foreach (var unequal in unequalValues)
        {
            Differ(value, unequal);
        }
    }

    /// <summary>The unequal half of <see cref="Contract{T}"/>, for pairs that come as test data: the two differ both ways.</summary>
    public static void Differ<T>(T value, T unequal)
        where T : IEquatable<T>
    {
        value.Equals(unequal).Should().BeFalse("{0} must differ from {1}", value, unequal);
        value.Equals((object)unequal).Should().BeFalse();
        unequal.Equals(value).Should().BeFalse();
        unequal.Equals((object)value).Should().BeFalse();
    }
}
