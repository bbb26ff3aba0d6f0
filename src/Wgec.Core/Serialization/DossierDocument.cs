using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Wgec.Core.Internal;

namespace Wgec.Core.Serialization;

/// <summary>
/// A dossier as a document: the dossier, the format version the document was written in, and
/// the members that version holds but this library's does not know (kept when reading with
/// <see cref="UnknownMembers.Preserve"/>), written back unchanged at their objects.
/// </summary>
/// <remarks>
/// The domain's <see cref="Dossier"/> knows nothing of JSON; what only the document format
/// carries lives here. Equality is by content. Immutable and thread-safe.
/// </remarks>
public sealed class DossierDocument : IEquatable<DossierDocument>
{
    /// <summary>Creates a document.</summary>
    /// <param name="dossier">The dossier.</param>
    /// <param name="formatVersion">The format version the document was read in (the current one for a new document).</param>
    /// <param name="preservedMembers">The members to write back; may be empty.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public DossierDocument(Dossier dossier, FormatVersion formatVersion, IEnumerable<PreservedMember>? preservedMembers = null)
    {
        Dossier = Preconditions.NotNull(dossier);
        FormatVersion = formatVersion;
        PreservedMembers = Immutable.ToArrayOrEmpty(preservedMembers, nameof(preservedMembers));
    }

    /// <summary>The dossier.</summary>
    public Dossier Dossier { get; }

    /// <summary>The format version the document was read in; writing always uses <see cref="DossierSerializer.CurrentVersion"/>.</summary>
    public FormatVersion FormatVersion { get; }

    /// <summary>The members kept from a newer minor version, in document order.</summary>
    public ImmutableArray<PreservedMember> PreservedMembers { get; }

    /// <summary>Returns a copy holding another dossier (preserved members whose object is gone make writing fail, never vanish).</summary>
    /// <param name="dossier">The new dossier.</param>
    /// <returns>A new document.</returns>
    public DossierDocument WithDossier(Dossier dossier) => new(dossier, FormatVersion, PreservedMembers);

    /// <summary>Returns a copy with other preserved members, e.g. none, to drop them deliberately.</summary>
    /// <param name="preservedMembers">The members to keep.</param>
    /// <returns>A new document.</returns>
    public DossierDocument WithPreservedMembers(IEnumerable<PreservedMember> preservedMembers) =>
        new(Dossier, FormatVersion, Preconditions.NotNull(preservedMembers));

    /// <inheritdoc/>
    public bool Equals(DossierDocument? other) =>
        other is not null
        && Dossier.Equals(other.Dossier)
        && FormatVersion == other.FormatVersion
        && Immutable.SequenceEqual(PreservedMembers, other.PreservedMembers);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as DossierDocument);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Dossier, FormatVersion, Immutable.SequenceHash(PreservedMembers));
}
