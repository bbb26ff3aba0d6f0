// Guard clauses are used by nearly every constructor of the library.
global using Ardalis.GuardClauses;
