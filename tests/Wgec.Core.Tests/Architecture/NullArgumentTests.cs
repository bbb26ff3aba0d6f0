using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Wgec.Core.Serialization;

namespace Wgec.Core.Tests.Architecture;

/// <summary>
/// Passes null to every reference-type parameter of every public constructor and method of
/// Wgec.Core that is not annotated nullable, and expects an ArgumentNullException naming it.
/// </summary>
public sealed class NullArgumentTests
{
    private static readonly NullabilityInfoContext Nullability = new();

    internal static IEnumerable<object> SampleRoots() => [Wgec.Core.Datasets.WgecDatasets.Wgec2013(), new Wgec.Core.Builders.DossierBuilder("sample")];

    internal static (IReadOnlyList<string> Failures, int Checked, IReadOnlyList<string> Skipped) Check(IEnumerable<Type> types, SampleValues samples)
    {
        var failures = new List<string>();
        var skipped = new List<string>();
        var checkedCount = 0;
        foreach (var type in types.Where(t => t.IsVisible && !t.IsEnum && !t.IsInterface && !typeof(Delegate).IsAssignableFrom(t) && !t.ContainsGenericParameters))
        {
            var members = type.GetConstructors().Cast<MethodBase>()
                .Concat(type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                    .Where(m => !m.IsSpecialName && !m.ContainsGenericParameters && m.Name is not ("Equals" or "Deconstruct")));
            foreach (var member in members)
            {
                var parameters = member.GetParameters();
                if (parameters.Any(p => p.ParameterType.IsByRefLike || (p.ParameterType.IsByRef && p.ParameterType.GetElementType()!.IsByRefLike)))
                {
                    // Spans cannot be boxed for reflection; their overloads delegate to checked ones.
                    continue;
                }

                for (var i = 0; i < parameters.Length; i++)
                {
                    var parameter = parameters[i];
                    if (parameter.ParameterType.IsValueType || parameter.ParameterType.IsByRef || parameter.IsOut
                        || Nullability.Create(parameter).WriteState != NullabilityState.NotNull)
                    {
                        continue;
                    }

                    var name = $"{type.Name}.{member.Name}({string.Join(", ", parameters.Select(p => p.ParameterType.Name))}) {parameter.Name}";
                    object? target = null;
                    if (!member.IsStatic && member is MethodInfo && !samples.TryGet(type, out target))
                    {
                        skipped.Add(name + ": no sample instance of " + type.Name);
                        continue;
                    }

                    var arguments = new object?[parameters.Length];
                    var complete = true;
                    for (var j = 0; j < parameters.Length && complete; j++)
                    {
                        if (j != i)
                        {
                            var p = parameters[j];
                            var pType = p.ParameterType.IsByRef ? p.ParameterType.GetElementType()! : p.ParameterType;
                            if (p.HasDefaultValue && p.DefaultValue is not null)
                            {
                                arguments[j] = p.DefaultValue;
                            }
                            else if (!samples.TryGet(pType, out arguments[j]))
                            {
                                complete = false;
                                skipped.Add(name + ": no sample of " + pType.Name);
                            }
                        }
                    }

                    if (!complete)
                    {
                        continue;
                    }

                    checkedCount++;
                    try
                    {
                        var result = member is ConstructorInfo ctor ? ctor.Invoke(arguments) : member.Invoke(target, arguments);
                        if (result is System.Collections.IEnumerable sequence and not string)
                        {
                            // Deferred iterators check on first MoveNext.
                            sequence.GetEnumerator().MoveNext();
                        }

                        failures.Add(name + ": accepted null");
                    }
                    catch (TargetInvocationException ex) when (ex.InnerException is ArgumentNullException ane)
                    {
                        if (ane.ParamName != parameter.Name)
                        {
                            failures.Add($"{name}: ArgumentNullException named '{ane.ParamName}'");
                        }
                    }
                    catch (TargetInvocationException ex) when (ex.InnerException is ArgumentException other && other.ParamName != parameter.Name && other.ParamName is not null)
                    {
                        // A sample argument was not valid for another parameter, which was checked first: inconclusive.
                        skipped.Add($"{name}: sample for '{other.ParamName}' rejected first");
                    }
                    catch (TargetInvocationException ex)
                    {
                        failures.Add($"{name}: threw {ex.InnerException?.GetType().Name}: {ex.InnerException?.Message}");
                    }
                }
            }
        }

        return (failures, checkedCount, skipped);
    }

    [Fact]
    public void EveryPublicMember_RejectsNullForNonNullableParameters()
    {
        var samples = new SampleValues(SampleRoots());
        var (failures, checkedCount, _) = Check(typeof(WgecJson).Assembly.GetExportedTypes(), samples);
        checkedCount.Should().BeGreaterThan(100);
        failures.Should().BeEmpty("every public entry point must name a null argument, but these do not:\n{0}", string.Join("\n", failures));
    }

    [Fact]
    public void Checker_MissingNullCheck_IsReported()
    {
        var (failures, _, _) = Check([typeof(Careless)], new SampleValues([]));
        failures.Should().ContainSingle().Which.Should().Contain("accepted null");
    }

    public sealed class Careless
    {
        public Careless(string name) => Name = name;

        public string Name { get; }
    }
}
