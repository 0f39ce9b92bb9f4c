/**
 * The IDL front end's entry point: {@link dev.zerothrift.idl.SchemaLoader} reads Thrift IDL files
 * and everything they include, and returns a {@link dev.zerothrift.idl.LoadResult} with the
 * resolved {@link dev.zerothrift.idl.schema.Schema} or every {@link dev.zerothrift.idl.Diagnostic}
 * found, each at a {@link dev.zerothrift.idl.Location}.
 *
 * <p>What the Apache compiler accepts is accepted, with its semantics (implicit negative field ids,
 * {@code true}/{@code false} as 1/0, integers as doubles, enum values by member name, include
 * search order). What it rejects is rejected with a message naming the value concerned; legacy and
 * fbthrift syntax get a message saying what to write instead.
 */
package dev.zerothrift.idl;
