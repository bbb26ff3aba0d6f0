// The library's argument checks go through Internal/Preconditions, which speaks the library's own words.
global using Ardalis.GuardClauses;
global using DomainWords = Wgec.Core.Internal.DomainWords;
global using Preconditions = Wgec.Core.Internal.Preconditions;
