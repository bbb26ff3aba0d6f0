using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using NodaTime;
using Wgec.Core.Identifiers;

namespace Wgec.Core.Tests.Architecture;

/// <summary>
/// One valid sample value per type, for reflection-driven tests: collected by walking the public
/// properties of real objects, plus a few primitives. Returns false where it has none.
/// </summary>
internal sealed class SampleValues
{
    private readonly Dictionary<Type, object> _samples = new();

    public SampleValues(IEnumerable<object> roots)
    {
        Add("x");
        Add(new Uri("https://unctad.org/"));
        Add(DateTimeZoneProviders.Tzdb["Europe/Zurich"]);
        Add(new LocalDate(2013, 5, 30));
        Add(new DateInterval(new LocalDate(2013, 5, 30), new LocalDate(2013, 5, 31)));
        Add(new SourceReference("sample"));
        foreach (var root in roots)
        {
            Walk(root, 0, new HashSet<object>(ReferenceEqualityComparer.Instance));
        }
    }

    public int Count => _samples.Count;

    public bool TryGet(Type type, out object? value)
    {
        if (_samples.TryGetValue(type, out var found))
        {
            value = found;
            return true;
        }

        if (type.IsValueType)
        {
            value = Activator.CreateInstance(type);
            return true;
        }

        var element = ElementType(type);
        if (element is not null && (type.IsArray || type.IsAssignableFrom(element.MakeArrayType())))
        {
            value = Array.CreateInstance(element, 0);
            return true;
        }

        var assignable = _samples.Keys.FirstOrDefault(type.IsAssignableFrom);
        value = assignable is null ? null : _samples[assignable];
        return assignable is not null;
    }

    private void Add(object value) => _samples.TryAdd(value.GetType(), value);

    private void Walk(object? value, int depth, HashSet<object> seen)
    {
        if (value is null || depth > 12 || value is string || value.GetType().IsPrimitive || !seen.Add(value))
        {
            return;
        }

        Add(value);
        if (value is IEnumerable sequence)
        {
            foreach (var item in sequence.Cast<object?>().Take(3))
            {
                Walk(item, depth + 1, seen);
            }

            return;
        }

        if (value.GetType().Namespace?.StartsWith("Wgec.Core", StringComparison.Ordinal) != true)
        {
            return;
        }

        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length == 0)
            {
                object? child;
                try
                {
                    child = property.GetValue(value);
                }
                catch (TargetInvocationException)
                {
                    continue;
                }

                Walk(child, depth + 1, seen);
            }
        }
    }

    /// <summary>The element type of an array or sequence type, or null.</summary>
    internal static Type? ElementType(Type type)
    {
        if (type.IsArray)
        {
            return type.GetElementType();
        }

        var enumerable = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        return enumerable?.GetGenericArguments()[0];
    }
}
