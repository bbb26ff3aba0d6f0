using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Wgec.Core.Identifiers;

namespace Wgec.Core.Serialization.Common;

/// <summary>
/// Maps the shared value types to and from their DTOs. The pattern every area follows:
/// <c>ToDto</c> is total; <c>FromDto</c> records errors at JSON paths and returns null on failure.
/// </summary>
internal static class CommonMapping
{
    public static SourceReferenceDto ToDto(SourceReference value) => new()
    {
        Citation = value.Citation,
        Address = value.Address?.AbsoluteUri,
        Derivation = value.Derivation is { } d ? new DerivationDto { Kind = d.Kind, Reason = d.Reason } : null,
    };

    public static SourceReference? FromDto(SourceReferenceDto dto, string path, ReadErrors errors)
    {
        Uri? address = null;
        if (dto.Address is not null && !Uri.TryCreate(dto.Address, UriKind.Absolute, out address))
        {
            errors.Add(ReadErrors.Member(path, "address"), "invalid-address", $"'{dto.Address}' is not an absolute address.");
            return null;
        }

        Derivation? derivation = null;
        if (dto.Derivation is { } d)
        {
            derivation = errors.Build(ReadErrors.Member(path, "derivation"), () => new Derivation(d.Kind, d.Reason));
            if (derivation is null)
            {
                return null;
            }
        }

        return errors.Build(path, () => new SourceReference(dto.Citation, address, derivation));
    }

    public static List<SourceReferenceDto> ToDtos(ImmutableArray<SourceReference> values) => values.Select(ToDto).ToList();

    public static ImmutableArray<SourceReference>? FromDtos(IReadOnlyList<SourceReferenceDto?>? dtos, string path, ReadErrors errors) =>
        errors.MapAll(dtos, path, (dto, p) => FromDto(dto, p, errors));
}
