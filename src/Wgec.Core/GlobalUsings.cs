// Guard clauses are used by nearly every constructor of the library, through its own wording.
global using Ardalis.GuardClauses;
global using DomainWords = Wgec.Core.Internal.DomainWords;
global using Preconditions = Wgec.Core.Internal.Preconditions;
