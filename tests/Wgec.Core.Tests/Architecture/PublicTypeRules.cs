using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Wgec.Core.Tests.Architecture;

/// <summary>
/// The shape rules every public type of Wgec.Core follows, checked by reflection. The checker takes
/// any types, so a test can show that it catches a violation in a type of the test assembly.
/// </summary>
internal static class PublicTypeRules
{
    private static readonly Type[] ImmutableCollectionDefinitions =
    [
        typeof(ImmutableArray<>), typeof(ImmutableList<>), typeof(ImmutableDictionary<,>),
        typeof(ImmutableSortedDictionary<,>), typeof(ImmutableHashSet<>), typeof(ImmutableSortedSet<>),
        typeof(IImmutableList<>), typeof(IImmutableDictionary<,>), typeof(IImmutableSet<>),
        typeof(IEnumerable<>), typeof(IAsyncEnumerable<>),
    ];

    private static readonly Type[] MutableCollectionDefinitions =
    [
        typeof(List<>), typeof(Dictionary<,>), typeof(HashSet<>), typeof(IList<>), typeof(ICollection<>),
        typeof(IDictionary<,>), typeof(ISet<>), typeof(SortedDictionary<,>), typeof(SortedSet<>),
        typeof(Queue<>), typeof(Stack<>),
    ];

    /// <summary>Every violation of the rules among the given types, one sentence each.</summary>
    public static IReadOnlyList<string> Violations(IEnumerable<Type> types)
    {
        var violations = new List<string>();
        foreach (var type in types.Where(t => t.IsVisible))
        {
            CheckKind(type, violations);
            CheckProperties(type, violations);
            CheckPositionalRecord(type, violations);
        }

        return violations;
    }

    private static void CheckKind(Type type, List<string> violations)
    {
        var isStatic = type.IsAbstract && type.IsSealed;
        var ok = type.IsEnum
            || type.IsInterface
            || isStatic
            || (type.IsValueType && type.IsDefined(typeof(IsReadOnlyAttribute), false))
            || (type.IsClass && type.IsSealed)
            || typeof(Delegate).IsAssignableFrom(type);
        if (!ok)
        {
            violations.Add($"{type.FullName} must be a sealed class, a readonly struct, an enum, an interface or static.");
        }
    }

    private static void CheckProperties(Type type, List<string> violations)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        if (typeof(Exception).IsAssignableFrom(type))
        {
            return;
        }

        foreach (var property in type.GetProperties(flags))
        {
            var setter = property.SetMethod;
            if (setter is { IsPublic: true })
            {
                var isInit = setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
                violations.Add($"{type.FullName}.{property.Name} has a public {(isInit ? "init" : "set")} accessor.");
            }

            if (IsMutableCollection(property.PropertyType))
            {
                violations.Add($"{type.FullName}.{property.Name} exposes a mutable collection ({property.PropertyType.Name}).");
            }
        }

        foreach (var field in type.GetFields(flags).Where(f => !type.IsEnum))
        {
            if (!field.IsInitOnly && !field.IsLiteral)
            {
                violations.Add($"{type.FullName}.{field.Name} is a public writable field.");
            }
        }
    }

    private static void CheckPositionalRecord(Type type, List<string> violations)
    {
        // The compiler gives every record a protected or private "<Clone>$" method; positional ones also a Deconstruct.
        var isRecord = type.GetMethod("<Clone>$", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance) is not null
            || (type.IsValueType && type.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance) is not null);
        if (isRecord && type.GetMethod("Deconstruct", BindingFlags.Public | BindingFlags.Instance) is not null)
        {
            violations.Add($"{type.FullName} is a positional record: 'with' would bypass its validation.");
        }
    }

    private static bool IsMutableCollection(Type type)
    {
        if (type.IsArray)
        {
            return true;
        }

        if (!type.IsGenericType)
        {
            return false;
        }

        var definition = type.GetGenericTypeDefinition();
        return MutableCollectionDefinitions.Contains(definition) && !ImmutableCollectionDefinitions.Contains(definition);
    }
}
