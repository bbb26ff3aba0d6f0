using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Wgec.Core.Serialization;
using Wgec.Core.Tests.Serialization.Dossier;

namespace Wgec.Core.Tests.Architecture;

/// <summary>
/// Sweeps the messages people read for what <see cref="MessageRules"/> forbids: those of every
/// document of the hostile corpus read through <see cref="DossierSerializer.TryRead(string, out Wgec.Core.Dossier?, out ImmutableArray{ValidationError})"/>,
/// and those of the argument errors of every public constructor and factory of the domain, each
/// given, one parameter at a time, a set of invalid values (null, blank, too long, zero, negative,
/// undefined or unspecified enum values, lists with a null, an undefined or a repeated element).
/// </summary>
public sealed class MessageSweepTests
{
    [Fact]
    public void HostileCorpus_ErrorMessages_SpeakTheDomainsWords()
    {
        var messages = new List<string>();
        foreach (var (_, bytes, options) in HostileInputCorpusTests.Documents())
        {
            DossierReads.TryRead(bytes, options, out _, out var errors);
            messages.AddRange(errors.Select(e => e.Message));
        }

        messages.Should().HaveCountGreaterThan(40);
        var offending = MessageRules.Offending(messages);
        offending.Should().BeEmpty("every message names what and where in the domain's words; these do not:\n{0}", string.Join("\n", offending));
    }

    [Fact]
    public void DomainArgumentErrors_SpeakTheDomainsWords()
    {
        var messages = DomainArgumentMessages();
        messages.Should().HaveCountGreaterThan(500, "the sweep must reach the domain's checks");
        var offending = MessageRules.Offending(messages);
        offending.Should().BeEmpty("every message names what and where in the domain's words; these do not:\n{0}", string.Join("\n", offending));
    }

    [Theory]
    [InlineData("session number must be at least 1 (Parameter 'sessionNumber')", "parameter suffix")]
    [InlineData("Required input sessionNumber cannot be zero or negative.", "generic wording")]
    [InlineData("the value is an ImmutableArray`1 of Wgec.Core.Identifiers.ParticipantId", "type name")]
    [InlineData("participant 'p' belongs to PrivateSector", "enum code name")]
    [InlineData("reading 0 is of recommendation 'A-1'", "position from zero")]
    [InlineData("tasks[0] is blank.", "position from zero")]
    public void Rules_FindEachKindOfFault(string message, string fault)
    {
        MessageRules.Faults(message).Should().Contain(f => f.StartsWith(fault, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("session number must be at least 1, was 0.")]
    [InlineData("participant 'p' belongs to private sector, which the roster does not declare.")]
    [InlineData("reading 1 is of recommendation 'A-1', which the deliberation does not hold.")]
    [InlineData("meeting number must be at least 1, was 0.")]
    public void Rules_PassTheDomainsWords(string message)
    {
        MessageRules.Faults(message).Should().BeEmpty();
    }

    /// <summary>The messages of every argument error the domain's public constructors and factories raise for the invalid values.</summary>
    internal static List<string> DomainArgumentMessages()
    {
        var samples = new SampleValues(NullArgumentTests.SampleRoots());
        var messages = new List<string>();
        foreach (var type in typeof(WgecJson).Assembly.GetExportedTypes().Where(t => !t.IsAbstract || t.IsSealed).Where(t => !t.IsEnum && !t.IsInterface && !typeof(Delegate).IsAssignableFrom(t) && !t.ContainsGenericParameters))
        {
            var members = type.GetConstructors().Cast<MethodBase>()
                .Concat(type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
                    .Where(m => !m.IsSpecialName && !m.ContainsGenericParameters && !m.Name.StartsWith("Try", StringComparison.Ordinal)));
            foreach (var member in members)
            {
                var parameters = member.GetParameters();
                if (parameters.Any(p => p.ParameterType.IsByRef || p.ParameterType.IsByRefLike || p.ParameterType.IsPointer))
                {
                    continue;
                }

                var valid = new object?[parameters.Length];
                if (!parameters.Select((p, j) => Valid(samples, p, out valid[j])).All(ok => ok))
                {
                    continue;
                }

                for (var i = 0; i < parameters.Length; i++)
                {
                    foreach (var invalid in Invalid(samples, parameters[i].ParameterType))
                    {
                        var arguments = (object?[])valid.Clone();
                        arguments[i] = invalid;
                        try
                        {
                            var result = member is ConstructorInfo ctor ? ctor.Invoke(arguments) : member.Invoke(null, arguments);
                            if (result is IEnumerable sequence and not string)
                            {
                                // Deferred iterators check on first MoveNext.
                                sequence.GetEnumerator().MoveNext();
                            }
                        }
                        catch (TargetInvocationException ex) when (ex.InnerException is ArgumentException or FormatException)
                        {
                            messages.Add(ex.InnerException.Message);
                        }
                        catch (TargetInvocationException)
                        {
                            // Another kind of failure is no argument message; other tests own it.
                        }
                        catch (ArgumentException)
                        {
                            // Reflection refused the argument itself (a type mismatch): nothing of the library ran.
                        }
                    }
                }
            }
        }

        return messages;
    }

    private static bool Valid(SampleValues samples, ParameterInfo parameter, out object? value)
    {
        if (parameter.HasDefaultValue)
        {
            value = parameter.DefaultValue;
            return true;
        }

        var type = parameter.ParameterType;
        if (type == typeof(int) || type == typeof(long))
        {
            value = Convert.ChangeType(1, type, System.Globalization.CultureInfo.InvariantCulture);
            return true;
        }

        if (type.IsEnum)
        {
            var values = Enum.GetValues(type);
            value = values.GetValue(values.Length > 1 ? 1 : 0);
            return true;
        }

        return samples.TryGet(type, out value);
    }

    /// <summary>The invalid values tried for a parameter of <paramref name="type"/>.</summary>
    private static IEnumerable<object?> Invalid(SampleValues samples, Type type)
    {
        if (!type.IsValueType || Nullable.GetUnderlyingType(type) is not null)
        {
            yield return null;
        }

        var plain = Nullable.GetUnderlyingType(type) ?? type;
        if (plain == typeof(string))
        {
            yield return string.Empty;
            yield return "   ";
            yield return new string('x', 5000);
            yield return "no such thing!";
        }
        else if (plain == typeof(int))
        {
            yield return 0;
            yield return -1;
            yield return 1_000_000;
        }
        else if (plain == typeof(long))
        {
            yield return 0L;
            yield return -1L;
        }
        else if (plain == typeof(double))
        {
            yield return -1.0;
            yield return 2.0;
            yield return double.NaN;
        }
        else if (plain.IsEnum)
        {
            yield return Enum.ToObject(plain, 0);
            yield return Enum.ToObject(plain, 999);
        }
        else if (plain != typeof(string) && SampleValues.ElementType(plain) is { } element)
        {
            foreach (var elements in InvalidElements(samples, element))
            {
                yield return Sequence(plain, element, elements);
            }
        }
    }

    private static IEnumerable<object?[]> InvalidElements(SampleValues samples, Type element)
    {
        if (!element.IsValueType)
        {
            yield return [null];
        }

        if (element.IsEnum)
        {
            yield return [Enum.ToObject(element, 0)];
            yield return [Enum.ToObject(element, 999)];
        }
        else if (element == typeof(string))
        {
            yield return ["  "];
            yield return ["a", "a"];
        }
        else if (element == typeof(int))
        {
            yield return [0];
            yield return [1, 1];
        }

        if (samples.TryGet(element, out var one) && one is not null && !element.IsEnum)
        {
            yield return [one, one];
        }
    }

    private static object? Sequence(Type type, Type element, object?[] elements)
    {
        var array = Array.CreateInstance(element, elements.Length);
        for (var i = 0; i < elements.Length; i++)
        {
            array.SetValue(elements[i], i);
        }

        if (type.IsAssignableFrom(array.GetType()))
        {
            return array;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>))
        {
            return typeof(ImmutableArray).GetMethods()
                .First(m => m.Name == nameof(ImmutableArray.Create) && m.GetParameters() is [{ ParameterType.IsArray: true }])
                .MakeGenericMethod(element)
                .Invoke(null, [array]);
        }

        return null;
    }
}
