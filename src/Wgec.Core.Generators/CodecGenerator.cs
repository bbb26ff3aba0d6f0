using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Wgec.Core.Generators;

/// <summary>
/// Writes the JSON reader, writer and shape description of every type reachable from the roots
/// named on a <c>[GenerateCodecs]</c> class. A type is described by its declaration alone: its
/// widest public constructor whose parameters all name get-only public properties. The JSON
/// members are those properties, in declaration order, camelCase. Nullable members are optional
/// and omitted when null; collections whose parameter is nullable are optional and omitted when
/// empty; members whose parameter has a default value are optional on reading.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class CodecGenerator : IIncrementalGenerator
{
    private const string AttributeName = "Wgec.Core.Serialization.Engine.GenerateCodecsAttribute";

    private static readonly DiagnosticDescriptor Irregular = new(
        "WGECGEN001",
        "Type cannot be described by its constructor",
        "{0}: {1}; give it a [CustomCodec]",
        "Wgec.Core.Generators",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var targets = context.SyntaxProvider.ForAttributeWithMetadataName(
            AttributeName,
            static (node, _) => node is ClassDeclarationSyntax,
            static (ctx, _) => Emit((INamedTypeSymbol)ctx.TargetSymbol, ctx.SemanticModel.Compilation));
        context.RegisterSourceOutput(targets, static (spc, result) =>
        {
            foreach (var (location, type, message) in result.Problems)
            {
                spc.ReportDiagnostic(Diagnostic.Create(Irregular, location, type, message));
            }

            spc.AddSource(result.HintName, result.Source);
        });
    }

    private static Result Emit(INamedTypeSymbol host, Compilation compilation)
    {
        var model = new Model(host, compilation);
        model.Discover();
        return new Result(host.Name + ".g.cs", model.Render(), model.Problems.ToArray());
    }

    private sealed class Result : IEquatable<Result>
    {
        public Result(string hintName, string source, (Location?, string, string)[] problems)
        {
            HintName = hintName;
            Source = source;
            Problems = problems;
        }

        public string HintName { get; }

        public string Source { get; }

        public (Location? Location, string Type, string Message)[] Problems { get; }

        public bool Equals(Result? other) => other is not null && other.Source == Source && other.Problems.Length == Problems.Length;

        public override bool Equals(object? obj) => Equals(obj as Result);

        public override int GetHashCode() => Source.GetHashCode();
    }
}

/// <summary>What the generator knows of one JSON shape.</summary>
internal enum ShapeKind
{
    String,
    Int32,
    Int64,
    Double,
    Decimal,
    Boolean,
    LocalDate,
    Instant,
    DateInterval,
    Uri,
    Enum,
    EnumMap,
    Parsable,
    Array,
    Object,
    Custom,
    Text,
}

internal sealed class Shape
{
    public Shape(string id, ShapeKind kind, ITypeSymbol type, string display)
    {
        Id = id;
        Kind = kind;
        Type = type;
        Display = display;
    }

    public string Id { get; }

    public ShapeKind Kind { get; }

    public ITypeSymbol Type { get; }

    /// <summary>The fully qualified C# type, without a nullable mark.</summary>
    public string Display { get; }

    public Shape? Element { get; set; }

    public string? Codec { get; set; }

    /// <summary>What a text member is, in words, for its error messages.</summary>
    public string? What { get; set; }

    public List<Member> Members { get; } = new();

    public List<(string Name, string Field)> EnumNames { get; } = new();

    public string Constructor { get; set; } = string.Empty;
}

internal sealed class Member
{
    public Member(string jsonName, string property, Shape shape, bool nullable, bool optional, bool omitWhenEmpty, string? defaultValue)
    {
        JsonName = jsonName;
        Property = property;
        Shape = shape;
        Nullable = nullable;
        Optional = optional;
        OmitWhenEmpty = omitWhenEmpty;
        DefaultValue = defaultValue;
    }

    public string JsonName { get; }

    public string Property { get; }

    public Shape Shape { get; }

    public bool Nullable { get; }

    public bool Optional { get; }

    public bool OmitWhenEmpty { get; }

    public string? DefaultValue { get; }

    public bool OmitWhenDefault { get; set; }

    public string? StandIn { get; set; }
}

internal sealed class Model
{
    private static readonly SymbolDisplayFormat Qualified = SymbolDisplayFormat.FullyQualifiedFormat;

    private readonly INamedTypeSymbol _host;
    private readonly Compilation _compilation;
    private readonly Dictionary<ITypeSymbol, Shape> _shapes = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<ITypeSymbol, string> _custom = new(SymbolEqualityComparer.Default);
    private readonly List<ITypeSymbol> _roots = new();
    private readonly HashSet<string> _writeWhenEmpty = new(StringComparer.Ordinal);
    private readonly HashSet<string> _omitWhenDefault = new(StringComparer.Ordinal);
    private readonly HashSet<string> _asText = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Shape> _textShapes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly List<Shape> _order = new();

    public Model(INamedTypeSymbol host, Compilation compilation)
    {
        _host = host;
        _compilation = compilation;
        foreach (var attribute in host.GetAttributes())
        {
            var name = attribute.AttributeClass?.Name;
            if (name == "CodecRootAttribute" && attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is ITypeSymbol root)
            {
                _roots.Add(root);
            }
            else if ((name == "WriteWhenEmptyAttribute" || name == "OmitWhenDefaultAttribute" || name == "AsTextAttribute") && attribute.ConstructorArguments.Length == 2
                && attribute.ConstructorArguments[0].Value is ITypeSymbol owner)
            {
                var set = name == "WriteWhenEmptyAttribute" ? _writeWhenEmpty : name == "AsTextAttribute" ? _asText : _omitWhenDefault;
                foreach (var member in attribute.ConstructorArguments[1].Values)
                {
                    set.Add(owner.ToDisplayString(Qualified) + "." + (string)member.Value!);
                }
            }
            else if (name == "CustomCodecAttribute" && attribute.ConstructorArguments.Length == 2
                && attribute.ConstructorArguments[0].Value is ITypeSymbol type && attribute.ConstructorArguments[1].Value is ITypeSymbol codec)
            {
                _custom[type] = codec.ToDisplayString(Qualified);
                _roots.Add(type);
            }
        }
    }

    public List<(Location?, string, string)> Problems { get; } = new();

    public void Discover()
    {
        foreach (var root in _roots)
        {
            ShapeOf(root);
        }
    }

    private Shape ShapeOf(ITypeSymbol type)
    {
        if (_shapes.TryGetValue(type, out var known))
        {
            return known;
        }

        var display = type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(Qualified);
        var kind = Classify(type, out var element);
        var shape = new Shape(NewId(type, kind, element), kind, type, display);
        _shapes[type] = shape;
        _order.Add(shape);
        switch (kind)
        {
            case ShapeKind.Custom:
                shape.Codec = _custom[type];
                break;
            case ShapeKind.Array:
            case ShapeKind.EnumMap:
                shape.Element = ShapeOf(element!);
                break;
            case ShapeKind.Enum:
                foreach (var field in type.GetMembers().OfType<IFieldSymbol>().Where(f => f.HasConstantValue))
                {
                    // The zero "Unspecified" of a domain enum is a sentinel that constructors reject: never on the wire.
                    if (field.Name == "Unspecified" && Convert.ToInt64(field.ConstantValue, CultureInfo.InvariantCulture) == 0)
                    {
                        continue;
                    }

                    shape.EnumNames.Add((Camel(field.Name), field.Name));
                }

                break;
            case ShapeKind.Object:
                DescribeObject(shape, (INamedTypeSymbol)type);
                break;
        }

        return shape;
    }

    private string NewId(ITypeSymbol type, ShapeKind kind, ITypeSymbol? element)
    {
        var baseId = kind == ShapeKind.Array ? "ArrayOf" + IdPart(element!) : kind == ShapeKind.EnumMap ? "CountsBy" + IdPart(element!) : IdPart(type);
        var id = baseId;
        for (var n = 2; !_ids.Add(id); n++)
        {
            id = baseId + n.ToString(CultureInfo.InvariantCulture);
        }

        return id;
    }

    private static string IdPart(ITypeSymbol type) =>
        type is INamedTypeSymbol { IsGenericType: true } generic
            ? generic.Name + string.Concat(generic.TypeArguments.Select(IdPart))
            : type.Name;

    private ShapeKind Classify(ITypeSymbol type, out ITypeSymbol? element)
    {
        element = null;
        if (_custom.ContainsKey(type))
        {
            return ShapeKind.Custom;
        }

        switch (type.SpecialType)
        {
            case SpecialType.System_String: return ShapeKind.String;
            case SpecialType.System_Int32: return ShapeKind.Int32;
            case SpecialType.System_Int64: return ShapeKind.Int64;
            case SpecialType.System_Double: return ShapeKind.Double;
            case SpecialType.System_Decimal: return ShapeKind.Decimal;
            case SpecialType.System_Boolean: return ShapeKind.Boolean;
        }

        var full = type.OriginalDefinition.ToDisplayString();
        switch (full)
        {
            case "NodaTime.LocalDate": return ShapeKind.LocalDate;
            case "NodaTime.Instant": return ShapeKind.Instant;
            case "NodaTime.DateInterval": return ShapeKind.DateInterval;
            case "System.Uri": return ShapeKind.Uri;
            case "System.Collections.Immutable.ImmutableArray<T>":
                element = ((INamedTypeSymbol)type).TypeArguments[0];
                return ShapeKind.Array;
            case "System.Collections.Immutable.ImmutableSortedDictionary<TKey, TValue>":
            case "System.Collections.Generic.IReadOnlyDictionary<TKey, TValue>":
                var arguments = ((INamedTypeSymbol)type).TypeArguments;
                if (arguments[0].TypeKind == TypeKind.Enum && arguments[1].SpecialType == SpecialType.System_Int32)
                {
                    element = arguments[0];
                    return ShapeKind.EnumMap;
                }

                break;
        }

        if (type.TypeKind == TypeKind.Enum)
        {
            return ShapeKind.Enum;
        }

        if (type.GetMembers("TryParse").OfType<IMethodSymbol>().Any(m => m.IsStatic && m.Parameters.Length == 2
            && m.Parameters[0].Type.SpecialType == SpecialType.System_String && m.Parameters[1].RefKind == RefKind.Out
            && SymbolEqualityComparer.Default.Equals(m.Parameters[1].Type.WithNullableAnnotation(NullableAnnotation.NotAnnotated), type.WithNullableAnnotation(NullableAnnotation.NotAnnotated))))
        {
            return ShapeKind.Parsable;
        }

        return ShapeKind.Object;
    }

    private void DescribeObject(Shape shape, INamedTypeSymbol type)
    {
        var properties = type.GetMembers().OfType<IPropertySymbol>()
            .Where(p => p.DeclaredAccessibility == Accessibility.Public && !p.IsStatic && !p.IsIndexer && p.SetMethod is null)
            .OrderBy(p => p.Locations.FirstOrDefault()?.SourceSpan.Start ?? 0)
            .ToList();
        IMethodSymbol? chosen = null;
        string? why = "it has no public constructor";
        foreach (var ctor in type.InstanceConstructors.Where(c => c.DeclaredAccessibility == Accessibility.Public).OrderByDescending(c => c.Parameters.Length))
        {
            var unmatched = ctor.Parameters.FirstOrDefault(p => Property(properties, p) is null);
            if (unmatched is null && ctor.Parameters.Length > 0)
            {
                chosen = ctor;
                break;
            }

            why ??= unmatched is null ? "its constructor takes no parameters" : $"constructor parameter '{unmatched.Name}' names no get-only property";
            if (unmatched is not null)
            {
                why = $"constructor parameter '{unmatched.Name}' names no get-only property";
            }
        }

        if (chosen is null)
        {
            Problems.Add((type.Locations.FirstOrDefault(), type.Name, why ?? "no usable constructor"));
            return;
        }

        var byProperty = chosen.Parameters.ToDictionary(p => Property(properties, p)!.Name, p => p, StringComparer.Ordinal);
        var arguments = new List<string>();
        foreach (var property in properties)
        {
            if (!byProperty.TryGetValue(property.Name, out var parameter))
            {
                continue;
            }

            var propertyType = property.Type;
            var nullable = IsNullable(propertyType, out var underlying);
            var key = type.ToDisplayString(Qualified) + "." + Camel(property.Name);
            var memberShape = _asText.Contains(key) ? TextShapeOf(type, property, underlying) : ShapeOf(underlying);
            if (memberShape is null)
            {
                return;
            }

            var conversion = _compilation.ClassifyCommonConversion(ReadType(memberShape, underlying, nullable), parameter.Type);
            if (!conversion.IsImplicit)
            {
                Problems.Add((type.Locations.FirstOrDefault(), type.Name, $"property '{property.Name}' ({propertyType.ToDisplayString()}) cannot be passed to parameter '{parameter.Name}' ({parameter.Type.ToDisplayString()})"));
                return;
            }

            var parameterNullable = parameter.Type.NullableAnnotation == NullableAnnotation.Annotated
                || parameter.Type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T;
            var omitWhenEmpty = memberShape.Kind == ShapeKind.Array && parameterNullable && !_writeWhenEmpty.Contains(key);
            var optional = nullable || parameterNullable || parameter.HasExplicitDefaultValue;
            string? defaultValue = null;
            if (parameter.HasExplicitDefaultValue && parameter.ExplicitDefaultValue is not null)
            {
                defaultValue = Literal(parameter.Type, parameter.ExplicitDefaultValue);
            }

            // A value the constructor puts in for an absent one (DeclaredFigures.None, Deliberation.Empty) is left out again.
            string? standIn = null;
            if (!nullable && parameterNullable && parameter.HasExplicitDefaultValue && memberShape.Kind == ShapeKind.Object && !_writeWhenEmpty.Contains(key))
            {
                standIn = underlying.GetMembers().OfType<IPropertySymbol>()
                    .Where(p => p.IsStatic && p.DeclaredAccessibility == Accessibility.Public && (p.Name == "None" || p.Name == "Empty")
                        && SymbolEqualityComparer.Default.Equals(p.Type.WithNullableAnnotation(NullableAnnotation.NotAnnotated), underlying))
                    .Select(p => memberShape.Display + "." + p.Name)
                    .FirstOrDefault();
            }

            var member = new Member(Camel(property.Name), property.Name, memberShape, nullable, optional, omitWhenEmpty, defaultValue)
            {
                OmitWhenDefault = _omitWhenDefault.Contains(key) && defaultValue is not null,
                StandIn = standIn,
            };
            shape.Members.Add(member);
        }

        // Arguments in constructor order, each the local of its member.
        foreach (var parameter in chosen.Parameters)
        {
            var property = Property(properties, parameter)!;
            var index = shape.Members.FindIndex(m => m.Property == property.Name);
            var member = shape.Members[index];
            var local = "m" + index.ToString(CultureInfo.InvariantCulture);
            var parameterNullable = parameter.Type.NullableAnnotation == NullableAnnotation.Annotated;
            if (member.Shape.Kind == ShapeKind.Array && parameterNullable)
            {
                // An empty list goes in as null: boxing an empty array into the IEnumerable parameter would allocate per object.
                arguments.Add(local + ".IsEmpty ? null : " + local);
            }
            else
            {
                arguments.Add(local + (!member.Nullable && !member.Shape.Type.IsValueType ? "!" : string.Empty));
            }
        }

        shape.Constructor = string.Join(", ", arguments);
    }

    // A member named by [AsText] travels as its value's text: ToString() out, TryParse(text, out value, out error) in.
    private Shape? TextShapeOf(INamedTypeSymbol owner, IPropertySymbol property, ITypeSymbol type)
    {
        var id = owner.Name + property.Name;
        if (_textShapes.TryGetValue(id, out var known))
        {
            return known;
        }

        var parses = type.GetMembers("TryParse").OfType<IMethodSymbol>().Any(m => m.IsStatic && m.Parameters.Length == 3
            && m.Parameters[0].Type.SpecialType == SpecialType.System_String
            && m.Parameters[1].RefKind == RefKind.Out && SymbolEqualityComparer.Default.Equals(m.Parameters[1].Type.WithNullableAnnotation(NullableAnnotation.NotAnnotated), type)
            && m.Parameters[2].RefKind == RefKind.Out && m.Parameters[2].Type.SpecialType == SpecialType.System_String);
        if (!parses || type.IsValueType)
        {
            Problems.Add((owner.Locations.FirstOrDefault(), owner.Name, $"member '{property.Name}' is written as text, but {type.Name} is not a class with a static TryParse(string, out {type.Name}, out string)"));
            return null;
        }

        _ids.Add(id);
        var shape = new Shape(id, ShapeKind.Text, type, type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(Qualified)) { What = Humanize(property.Name) };
        _textShapes[id] = shape;
        _order.Add(shape);
        return shape;
    }

    private ITypeSymbol ReadType(Shape shape, ITypeSymbol underlying, bool nullable)
    {
        if (!nullable)
        {
            return underlying;
        }

        return underlying.IsValueType
            ? _compilation.GetSpecialType(SpecialType.System_Nullable_T).Construct(underlying)
            : underlying.WithNullableAnnotation(NullableAnnotation.Annotated);
    }

    private static bool IsNullable(ITypeSymbol type, out ITypeSymbol underlying)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } named)
        {
            underlying = named.TypeArguments[0];
            return true;
        }

        underlying = type.WithNullableAnnotation(NullableAnnotation.NotAnnotated);
        return type.NullableAnnotation == NullableAnnotation.Annotated && !type.IsValueType;
    }

    private static IPropertySymbol? Property(List<IPropertySymbol> properties, IParameterSymbol parameter) =>
        properties.FirstOrDefault(p => string.Equals(p.Name, parameter.Name, StringComparison.OrdinalIgnoreCase));

    private static string Literal(ITypeSymbol type, object value)
    {
        var target = type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } n ? n.TypeArguments[0] : type;
        if (target.TypeKind == TypeKind.Enum)
        {
            return "(" + target.ToDisplayString(Qualified) + ")" + Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
        }

        return value switch
        {
            bool b => b ? "true" : "false",
            string s => "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"",
            double d => d.ToString("R", CultureInfo.InvariantCulture) + "d",
            float f => f.ToString("R", CultureInfo.InvariantCulture) + "f",
            decimal m => m.ToString(CultureInfo.InvariantCulture) + "m",
            long l => l.ToString(CultureInfo.InvariantCulture) + "L",
            _ => "(" + target.ToDisplayString(Qualified) + ")" + Convert.ToString(value, CultureInfo.InvariantCulture),
        };
    }

    private static string Camel(string name) =>
        name.Length == 0 || char.IsLower(name[0]) ? name : char.ToLowerInvariant(name[0]) + name.Substring(1);

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    private static string Humanize(string name)
    {
        var text = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]) && !char.IsUpper(name[i - 1]))
            {
                text.Append(' ');
            }

            text.Append(char.ToLowerInvariant(name[i]));
        }

        return text.ToString();
    }

    // ------------------------------------------------------------------ rendering

    public string Render()
    {
        var s = new StringBuilder();
        s.AppendLine("// <auto-generated> by Wgec.Core.Generators from the serialized types' declarations. </auto-generated>");
        s.AppendLine("#nullable enable");
        s.AppendLine("#pragma warning disable CS1591, CA1502, CA1505, CA1506, CA1822, CA1031, IDE0059, IDE0060");
        var ns = _host.ContainingNamespace.ToDisplayString();
        s.Append("namespace ").Append(ns).AppendLine(";");
        s.AppendLine("using global::System;");
        s.AppendLine("using global::System.Text.Json;");
        s.AppendLine("using global::Wgec.Core.Serialization.Engine;");
        s.AppendLine();
        s.Append("partial class ").Append(_host.Name).AppendLine();
        s.AppendLine("{");
        foreach (var shape in _order)
        {
            RenderRead(s, shape);
            RenderWrite(s, shape);
        }

        RenderShapes(s);
        RenderConverters(s);
        foreach (var text in _encoded.ToList())
        {
            s.Append("    private static readonly JsonEncodedText ").Append(Encoded(text)).Append(" = JsonEncodedText.Encode(").Append(Quote(text)).AppendLine(");");
        }

        s.AppendLine("}");
        return s.ToString();
    }

    private static string Nullable(Shape shape) => shape.Display + "?";

    // Pre-encoded names and enum values: the writer then checks nothing per token.
    private readonly SortedSet<string> _encoded = new(StringComparer.Ordinal);

    private string Encoded(string text)
    {
        _encoded.Add(text);
        var name = new StringBuilder("T_");
        foreach (var ch in text)
        {
            name.Append(char.IsLetterOrDigit(ch) ? ch : '_');
        }

        return name.ToString();
    }

    private static void RenderRead(StringBuilder s, Shape shape)
    {
        var t = shape.Display;
        s.Append("    internal static bool Read").Append(shape.Id).Append("(ref Utf8JsonReader r, JsonReadContext c, [global::System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out ").Append(t).AppendLine(" value)");
        s.AppendLine("    {");
        switch (shape.Kind)
        {
            case ShapeKind.String:
            case ShapeKind.Int32:
            case ShapeKind.Int64:
            case ShapeKind.Double:
            case ShapeKind.Decimal:
            case ShapeKind.Boolean:
            case ShapeKind.LocalDate:
            case ShapeKind.Instant:
            case ShapeKind.DateInterval:
            case ShapeKind.Uri:
                s.Append("        return JsonRead.").Append(shape.Kind).AppendLine("(ref r, c, out value);");
                break;
            case ShapeKind.Parsable:
                s.Append("        return JsonRead.Parsable<").Append(t).Append(">(ref r, c, ").Append(t).Append(".TryParse, ").Append(Quote(Humanize(shape.Type.Name))).AppendLine(", out value);");
                break;
            case ShapeKind.Text:
                s.Append("        return JsonRead.Text<").Append(t).Append(">(ref r, c, ").Append(t).Append(".TryParse, ").Append(Quote(shape.What!)).AppendLine(", out value);");
                break;
            case ShapeKind.Custom:
                s.Append("        return ").Append(shape.Codec).AppendLine(".Read(ref r, c, out value);");
                break;
            case ShapeKind.Array:
                s.Append("        var ok = JsonRead.Array<").Append(shape.Element!.Display).Append(">(ref r, c, Read").Append(shape.Element.Id).AppendLine(", out var items);");
                s.AppendLine("        value = items;");
                s.AppendLine("        return ok;");
                break;
            case ShapeKind.EnumMap:
                RenderEnumMapRead(s, shape);
                break;
            case ShapeKind.Enum:
                s.Append("        if (!JsonRead.EnumName(ref r, c, ").Append(Quote(string.Join(", ", shape.EnumNames.Select(n => n.Name)))).AppendLine(", out var name))");
                s.AppendLine("        {");
                s.AppendLine("            value = default;");
                s.AppendLine("            return false;");
                s.AppendLine("        }");
                s.AppendLine();
                foreach (var (name, field) in shape.EnumNames)
                {
                    s.Append("        if (name.SequenceEqual(").Append(Quote(name)).Append("u8)) { value = ").Append(t).Append('.').Append(field).AppendLine("; return true; }");
                }

                s.Append("        c.Error(\"invalid-value\", JsonRead.NotOneOf(name, ").Append(Quote(string.Join(", ", shape.EnumNames.Select(n => n.Name)))).AppendLine("));");
                s.AppendLine("        value = default;");
                s.AppendLine("        return false;");
                break;
            case ShapeKind.Object:
                RenderObjectRead(s, shape);
                break;
        }

        s.AppendLine("    }");
        s.AppendLine();
        if (shape.Kind == ShapeKind.Object)
        {
            // The member names in the order they are written, so a document in that order matches each at the first try.
            s.Append("    private static readonly byte[][] N_").Append(shape.Id).Append(" = new byte[][] { ");
            s.Append(string.Join(", ", shape.Members.Select(m => Quote(m.JsonName) + "u8.ToArray()")));
            s.AppendLine(" };");
            s.AppendLine();
        }
    }

    private static void RenderEnumMapRead(StringBuilder s, Shape shape)
    {
        var key = shape.Element!;
        s.AppendLine("        value = null!;");
        s.AppendLine("        if (!c.BeginObject(ref r))");
        s.AppendLine("        {");
        s.AppendLine("            return false;");
        s.AppendLine("        }");
        s.AppendLine();
        s.AppendLine("        var ok = true;");
        s.Append("        var counts = global::System.Collections.Immutable.ImmutableSortedDictionary.CreateBuilder<").Append(key.Display).AppendLine(", int>();");
        s.AppendLine("        while (c.NextMember(ref r))");
        s.AppendLine("        {");
        foreach (var (name, field) in key.EnumNames)
        {
            s.Append("            if (r.ValueTextEquals(").Append(Quote(name)).AppendLine("u8))");
            s.AppendLine("            {");
            s.Append("                if (counts.ContainsKey(").Append(key.Display).Append('.').Append(field).Append(")) { ok &= c.Duplicate(ref r, ").Append(Quote(name)).AppendLine("); continue; }");
            s.Append("                c.Enter(").Append(Quote(name)).AppendLine(");");
            s.AppendLine("                r.Read();");
            s.Append("                if (JsonRead.Int32(ref r, c, out var n)) { counts[").Append(key.Display).Append('.').Append(field).AppendLine("] = n; } else { ok = false; }");
            s.AppendLine("                c.Exit();");
            s.AppendLine("                continue;");
            s.AppendLine("            }");
            s.AppendLine();
        }

        s.AppendLine("            ok &= c.Unknown(ref r);");
        s.AppendLine("        }");
        s.AppendLine();
        foreach (var (name, field) in key.EnumNames)
        {
            s.Append("        if (ok && !counts.ContainsKey(").Append(key.Display).Append('.').Append(field).Append(")) { c.Missing(").Append(Quote(name)).AppendLine("); ok = false; }");
        }

        s.AppendLine("        value = counts.ToImmutable();");
        s.AppendLine("        return ok;");
    }

    private static void RenderObjectRead(StringBuilder s, Shape shape)
    {
        s.AppendLine("        value = null;");
        s.AppendLine("        if (!c.BeginObject(ref r))");
        s.AppendLine("        {");
        s.AppendLine("            return false;");
        s.AppendLine("        }");
        s.AppendLine();
        s.AppendLine("        var ok = true;");
        s.AppendLine("        var e0 = c.ErrorCount;");
        for (var i = 0; i < shape.Members.Count; i++)
        {
            var m = shape.Members[i];
            if (Reorderable(m))
            {
                s.Append("        var q").Append(i).AppendLine(" = 0;");
            }

            var local = m.Nullable || !m.Shape.Type.IsValueType ? Nullable(m.Shape) : m.Shape.Display;
            var init = m.Shape.Kind == ShapeKind.Array ? m.Shape.Display + ".Empty" : m.DefaultValue ?? "default";
            s.Append("        ").Append(local).Append(" m").Append(i).Append(" = ").Append(init).AppendLine(";");
            s.Append("        var h").Append(i).AppendLine(" = false;");
        }

        var legacySources = shape.Members.FindIndex(m => m.JsonName == "sources" && m.Shape.Kind == ShapeKind.Array && m.Shape.Element!.Type.Name == "SourceReference");
        s.AppendLine("        var expect = 0;");
        s.AppendLine("        while (c.NextMember(ref r))");
        s.AppendLine("        {");
        s.Append("            var k = JsonRead.Match(ref r, N_").Append(shape.Id).AppendLine(", ref expect);");
        for (var i = 0; i < shape.Members.Count; i++)
        {
            var m = shape.Members[i];
            s.Append("            if (k == ").Append(i).AppendLine(")");
            s.AppendLine("            {");
            if (i == legacySources)
            {
                s.AppendLine("                if (c.IsVersion10)");
                s.AppendLine("                {");
                s.AppendLine("                    ok &= c.LegacyMember(ref r, \"sources\", \"'sources' is not a member in format 1.0; a 1.0 record cites one 'source'.\");");
                s.AppendLine("                    continue;");
                s.AppendLine("                }");
                s.AppendLine();
            }

            s.Append("                if (h").Append(i).Append(") { ok &= c.Duplicate(ref r, ").Append(Quote(m.JsonName)).AppendLine("); continue; }");
            s.Append("                h").Append(i).AppendLine(" = true;");
            s.Append("                c.Enter(").Append(Quote(m.JsonName)).AppendLine(");");
            if (Reorderable(m))
            {
                s.Append("                q").Append(i).AppendLine(" = c.PreservedCount;");
            }

            s.AppendLine("                r.Read();");
            if (m.Nullable)
            {
                s.AppendLine("                if (r.TokenType == JsonTokenType.Null) { m" + i.ToString(CultureInfo.InvariantCulture) + " = null; }");
                s.Append("                else if (Read").Append(m.Shape.Id).Append("(ref r, c, out var v").Append(i).Append(")) { m").Append(i).Append(" = v").Append(i).AppendLine("; }");
                s.AppendLine("                else { ok = false; }");
            }
            else
            {
                s.Append("                if (!Read").Append(m.Shape.Id).Append("(ref r, c, out m").Append(i).AppendLine(")) { ok = false; }");
            }

            s.AppendLine("                c.Exit();");
            s.AppendLine("                continue;");
            s.AppendLine("            }");
            s.AppendLine();
        }

        if (legacySources >= 0)
        {
            var i = legacySources.ToString(CultureInfo.InvariantCulture);
            s.AppendLine("            if (k < 0 && c.IsVersion10 && r.ValueTextEquals(\"source\"u8))");
            s.AppendLine("            {");
            s.Append("                if (h").Append(i).AppendLine(") { ok &= c.Duplicate(ref r, \"source\"); continue; }");
            s.Append("                h").Append(i).AppendLine(" = true;");
            s.Append("                if (!c.LegacySource(ref r, out m").Append(i).AppendLine(")) { ok = false; }");
            s.AppendLine("                continue;");
            s.AppendLine("            }");
            s.AppendLine();
        }

        s.AppendLine("            ok &= c.Unknown(ref r);");
        s.AppendLine("        }");
        s.AppendLine();
        for (var i = 0; i < shape.Members.Count; i++)
        {
            var m = shape.Members[i];
            if (!m.Optional)
            {
                s.Append("        if (!h").Append(i).Append(") { c.Missing(").Append(Quote(m.JsonName)).AppendLine("); ok = false; }");
            }
        }

        s.AppendLine("        if (!ok || c.ErrorCount != e0)");
        s.AppendLine("        {");
        s.AppendLine("            return false;");
        s.AppendLine("        }");
        s.AppendLine();
        s.AppendLine("        try");
        s.AppendLine("        {");
        s.Append("            value = new ").Append(shape.Display).Append('(').Append(shape.Constructor).AppendLine(");");
        for (var i = 0; i < shape.Members.Count; i++)
        {
            var m = shape.Members[i];
            if (Reorderable(m))
            {
                s.Append("            if (c.PreservedCount > q").Append(i).Append(") { c.Reorder(").Append(Quote(m.JsonName)).Append(", q").Append(i).Append(", m").Append(i).Append(", value.").Append(m.Property).AppendLine("); }");
            }
        }

        s.AppendLine("            return true;");
        s.AppendLine("        }");
        s.AppendLine("        catch (global::System.ArgumentException ex)");
        s.AppendLine("        {");
        s.AppendLine("            c.Invalid(ex);");
        s.AppendLine("            return false;");
        s.AppendLine("        }");
    }

    // A list of objects may hold preserved members, which follow their element if the domain reorders the list.
    private static bool Reorderable(Member m) =>
        m.Shape.Kind == ShapeKind.Array && m.Shape.Element!.Kind is ShapeKind.Object or ShapeKind.Custom && !m.Shape.Element.Type.IsValueType;

    private void RenderWrite(StringBuilder s, Shape shape)
    {
        var t = shape.Display;
        s.Append("    internal static void Write").Append(shape.Id).Append("(Utf8JsonWriter w, ").Append(t).AppendLine(" value, JsonWriteContext c)");
        s.AppendLine("    {");
        switch (shape.Kind)
        {
            case ShapeKind.String:
            case ShapeKind.Int32:
            case ShapeKind.Int64:
            case ShapeKind.Double:
            case ShapeKind.Decimal:
            case ShapeKind.Boolean:
            case ShapeKind.LocalDate:
            case ShapeKind.Instant:
            case ShapeKind.DateInterval:
            case ShapeKind.Uri:
                s.Append("        JsonWrite.").Append(shape.Kind).AppendLine("(w, value, c);");
                break;
            case ShapeKind.Parsable:
            case ShapeKind.Text:
                s.AppendLine("        w.WriteStringValue(value.ToString());");
                break;
            case ShapeKind.Custom:
                s.Append("        ").Append(shape.Codec).AppendLine(".Write(w, value, c);");
                break;
            case ShapeKind.Array:
                s.AppendLine("        w.WriteStartArray();");
                s.AppendLine("        for (var i = 0; i < value.Length; i++)");
                s.AppendLine("        {");
                s.AppendLine("            c.EnterIndex(i);");
                s.Append("            Write").Append(shape.Element!.Id).AppendLine("(w, value[i], c);");
                s.AppendLine("            c.Exit();");
                s.AppendLine("        }");
                s.AppendLine();
                s.AppendLine("        w.WriteEndArray();");
                break;
            case ShapeKind.EnumMap:
                s.AppendLine("        w.WriteStartObject();");
                foreach (var (name, field) in shape.Element!.EnumNames)
                {
                    s.Append("        w.WritePropertyName(").Append(Encoded(name)).AppendLine(");");
                    s.Append("        w.WriteNumberValue(value.TryGetValue(").Append(shape.Element.Display).Append('.').Append(field).AppendLine(", out var n" + field + ") ? n" + field + " : 0);");
                }

                s.AppendLine("        c.WritePreserved(w);");
                s.AppendLine("        w.WriteEndObject();");
                break;
            case ShapeKind.Enum:
                s.AppendLine("        switch (value)");
                s.AppendLine("        {");
                foreach (var (name, field) in shape.EnumNames)
                {
                    s.Append("            case ").Append(t).Append('.').Append(field).Append(": w.WriteStringValue(").Append(Encoded(name)).AppendLine("); break;");
                }

                s.Append("            default: throw JsonWrite.Undefined(").Append(Quote(Humanize(shape.Type.Name))).AppendLine(", (long)value);");
                s.AppendLine("        }");
                break;
            case ShapeKind.Object:
                s.AppendLine("        w.WriteStartObject();");
                for (var i = 0; i < shape.Members.Count; i++)
                {
                    var m = shape.Members[i];
                    var access = "value." + m.Property;
                    var indent = "        ";
                    if (m.Nullable)
                    {
                        s.Append("        if (").Append(access).AppendLine(" is { } p" + i.ToString(CultureInfo.InvariantCulture) + ")");
                        s.AppendLine("        {");
                        access = "p" + i.ToString(CultureInfo.InvariantCulture);
                        indent = "            ";
                    }
                    else if (m.OmitWhenEmpty)
                    {
                        s.Append("        if (!").Append(access).AppendLine(".IsDefaultOrEmpty)");
                        s.AppendLine("        {");
                        indent = "            ";
                    }
                    else if (m.StandIn is not null)
                    {
                        s.Append("        if (!").Append(access).Append(".Equals(").Append(m.StandIn).AppendLine("))");
                        s.AppendLine("        {");
                        indent = "            ";
                    }
                    else if (m.OmitWhenDefault)
                    {
                        s.Append("        if (").Append(access).Append(" != ").Append(m.DefaultValue).AppendLine(")");
                        s.AppendLine("        {");
                        indent = "            ";
                    }

                    s.Append(indent).Append("w.WritePropertyName(").Append(Encoded(m.JsonName)).AppendLine(");");
                    s.Append(indent).Append("c.Enter(").Append(Quote(m.JsonName)).AppendLine(");");
                    s.Append(indent).Append("Write").Append(m.Shape.Id).Append("(w, ").Append(access).AppendLine(", c);");
                    s.Append(indent).AppendLine("c.Exit();");
                    if (m.Nullable || m.OmitWhenEmpty || m.OmitWhenDefault || m.StandIn is not null)
                    {
                        s.AppendLine("        }");
                    }
                }

                s.AppendLine("        c.WritePreserved(w);");
                s.AppendLine("        w.WriteEndObject();");
                break;
        }

        s.AppendLine("    }");
        s.AppendLine();
    }

    private void RenderShapes(StringBuilder s)
    {
        s.AppendLine("    /// <summary>Every JSON shape, described from the same declarations the readers and writers come from.</summary>");
        s.AppendLine("    internal static global::System.Collections.Generic.IReadOnlyList<JsonShape> Shapes { get; } = new JsonShape[]");
        s.AppendLine("    {");
        foreach (var shape in _order)
        {
            s.Append("        new JsonShape(").Append(Quote(shape.Id)).Append(", typeof(").Append(shape.Display).Append("), JsonShapeKind.").Append(shape.Kind).Append(", ");
            s.Append(shape.Element is null ? "null" : Quote(shape.Element.Id)).Append(", ");
            var names = shape.Kind == ShapeKind.EnumMap ? shape.Element!.EnumNames : shape.EnumNames;
            s.Append("new string[] { ").Append(string.Join(", ", names.Select(n => Quote(n.Name)))).Append(" }, ");
            s.Append("new JsonMemberShape[] { ");
            s.Append(string.Join(", ", shape.Members.Select(m => "new JsonMemberShape(" + Quote(m.JsonName) + ", " + Quote(m.Shape.Id) + ", " + (m.Optional ? "false" : "true") + ", " + (m.Nullable ? "true" : "false") + ")")));
            s.Append(" }, ");
            s.Append(shape.Kind == ShapeKind.Custom ? shape.Codec + ".Schema" : "null");
            s.AppendLine("),");
        }

        s.AppendLine("    };");
        s.AppendLine();
    }

    private static bool Served(Shape shape) =>
        shape.Kind is ShapeKind.Object or ShapeKind.Enum or ShapeKind.Parsable or ShapeKind.Custom or ShapeKind.LocalDate or ShapeKind.Instant or ShapeKind.DateInterval;

    private void RenderConverters(StringBuilder s)
    {
        s.AppendLine("    /// <summary>Adds a System.Text.Json converter for every object, enum and value shape.</summary>");
        s.AppendLine("    internal static void AddConverters(global::System.Collections.Generic.IList<global::System.Text.Json.Serialization.JsonConverter> converters)");
        s.AppendLine("    {");
        foreach (var shape in _order.Where(Served))
        {
            s.Append("        converters.Add(new CodecConverter<").Append(shape.Display).Append(">(Read").Append(shape.Id).Append(", Write").Append(shape.Id).AppendLine("));");
        }

        s.AppendLine("    }");
        s.AppendLine();
        s.AppendLine("    /// <summary>The metadata System.Text.Json needs for each type the converters serve, without reflection.</summary>");
        s.AppendLine("    internal static global::System.Text.Json.Serialization.Metadata.JsonTypeInfo? TypeInfo(global::System.Type type, JsonSerializerOptions options)");
        s.AppendLine("    {");
        foreach (var shape in _order.Where(Served))
        {
            s.Append("        if (type == typeof(").Append(shape.Display).Append(")) return CodecConverter<").Append(shape.Display).Append(">.Info(options);").AppendLine();
        }

        s.AppendLine("        return null;");
        s.AppendLine("    }");
    }
}
