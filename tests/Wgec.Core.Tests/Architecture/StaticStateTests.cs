using System;
using System.CodeDom.Compiler;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using Wgec.Core.Serialization;

namespace Wgec.Core.Tests.Architecture;

/// <summary>
/// The library keeps no static mutable state: every static field is readonly (or a constant),
/// except caches the compiler or the JSON source generator writes, which hold immutable values.
/// </summary>
public sealed class StaticStateTests
{
    internal static IReadOnlyList<string> MutableStaticFields(IEnumerable<Type> types) =>
        types
            .Where(t => !IsGenerated(t))
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
                .Where(f => !f.IsLiteral && !f.IsInitOnly && !IsGenerated(f))
                .Select(f => $"{t.FullName}.{f.Name}"))
            .ToList();

    private static bool IsGenerated(MemberInfo member) =>
        member.IsDefined(typeof(CompilerGeneratedAttribute), false)
        || member.IsDefined(typeof(GeneratedCodeAttribute), false)
        || (member is Type { DeclaringType: { } outer } && IsGenerated(outer))
        || member.Name.Contains('<');

    [Fact]
    public void Library_HasNoStaticMutableFields()
    {
        MutableStaticFields(typeof(WgecJson).Assembly.GetTypes()).Should().BeEmpty();
    }

    [Fact]
    public void Checker_StaticWritableField_IsReported()
    {
        MutableStaticFields([typeof(Holder)]).Should().ContainSingle().Which.Should().EndWith("Holder.Counter");
    }

    private static class Holder
    {
#pragma warning disable CA2211, IDE0044, CS0649 // The sample must be mutable for the checker to catch it.
        public static int Counter;
#pragma warning restore CA2211, IDE0044, CS0649
        public static readonly int Fixed = 1;
        public const int Constant = 2;
    }
}
