/**
 * The unresolved syntax tree of one IDL file: what was written, with a {@link
 * dev.zerothrift.idl.Location} on every node and type references still names. The linker turns
 * these into the resolved {@link dev.zerothrift.idl.schema.Schema}.
 */
package dev.zerothrift.idl.syntax;
