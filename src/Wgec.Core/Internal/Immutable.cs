using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace Wgec.Core.Internal;

/// <summary>Construction-time helpers for immutable collections: copy once, reject nulls, compare by content.</summary>
internal static class Immutable
{
    /// <summary>
    /// Copies a caller's sequence into an immutable array, rejecting a null sequence and null
    /// elements with an error that names the parameter and the index.
    /// </summary>
    internal static ImmutableArray<T> ToArrayChecked<T>(IEnumerable<T>? items, string paramName)
    {
        if (items is null)
        {
            throw Preconditions.Required(paramName);
        }

        var array = items is ImmutableArray<T> existing ? (existing.IsDefault ? ImmutableArray<T>.Empty : existing) : items.ToImmutableArray();
        if (default(T) is null)
        {
            for (var i = 0; i < array.Length; i++)
            {
                if (array[i] is null)
                {
                    throw new DomainValidationException("null-element", $"{DomainWords.Entry(paramName, i)} is null.", paramName, $"{JsonName(paramName)}[{i}]");
                }
            }
        }

        return array;
    }

    /// <summary>
    /// <see cref="ToArrayChecked{T}"/> for an optional sequence: null is empty. Taking the null here,
    /// not <c>x ?? ImmutableArray&lt;T&gt;.Empty</c> at the call, saves boxing an empty array per call.
    /// </summary>
    internal static ImmutableArray<T> ToArrayOrEmpty<T>(IEnumerable<T>? items, string paramName) =>
        items is null ? ImmutableArray<T>.Empty : ToArrayChecked(items, paramName);

    /// <summary>Content equality of two arrays; a default array counts as empty.</summary>
    internal static bool SequenceEqual<T>(ImmutableArray<T> left, ImmutableArray<T> right)
    {
        var l = left.IsDefault ? ImmutableArray<T>.Empty : left;
        var r = right.IsDefault ? ImmutableArray<T>.Empty : right;
        if (l.Length != r.Length)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < l.Length; i++)
        {
            if (!comparer.Equals(l[i], r[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A content hash of an array, consistent with <see cref="SequenceEqual{T}"/>.</summary>
    internal static int SequenceHash<T>(ImmutableArray<T> items)
    {
        var hash = new HashCode();
        if (!items.IsDefault)
        {
            foreach (var item in items)
            {
                hash.Add(item);
            }
        }

        return hash.ToHashCode();
    }

    /// <summary>The camelCase JSON member name of a C# parameter name.</summary>
    internal static string JsonName(string name) =>
        name.Length == 0 || char.IsLower(name[0]) ? name : char.ToLowerInvariant(name[0]) + name.Substring(1);
}
