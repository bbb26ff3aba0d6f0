namespace Wgec.Core.Serialization.Engine;

/// <summary>What kind of JSON value a shape is.</summary>
internal enum JsonShapeKind
{
    /// <summary>Text.</summary>
    String,

    /// <summary>A 32-bit whole number.</summary>
    Int32,

    /// <summary>A 64-bit whole number.</summary>
    Int64,

    /// <summary>A finite double.</summary>
    Double,

    /// <summary>A decimal.</summary>
    Decimal,

    /// <summary>True or false.</summary>
    Boolean,

    /// <summary>An ISO 8601 calendar date.</summary>
    LocalDate,

    /// <summary>An ISO 8601 instant in UTC.</summary>
    Instant,

    /// <summary>A date range <c>{ start, end }</c>.</summary>
    DateInterval,

    /// <summary>An absolute or relative URI, as its original text.</summary>
    Uri,

    /// <summary>One of a set of names.</summary>
    Enum,

    /// <summary>A count for every name of an enum, as an object with one member per name.</summary>
    EnumMap,

    /// <summary>A value type written as its canonical text (an identifier, a document symbol).</summary>
    Parsable,

    /// <summary>A list.</summary>
    Array,

    /// <summary>An object described by its type's constructor.</summary>
    Object,

    /// <summary>A hand-written shape.</summary>
    Custom,

    /// <summary>A member whose value travels as its text (e.g. a decision rule).</summary>
    Text,
}
