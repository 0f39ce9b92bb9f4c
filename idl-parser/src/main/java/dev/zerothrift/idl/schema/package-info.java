/**
 * The resolved, immutable model of a set of IDL files: a {@link Schema} of {@link Program}s, their
 * {@link Definition}s, {@link ThriftType}s and typed {@link ConstValue}s. Named types are {@link
 * NamedType} references looked up through the schema, so recursive types need no cycles between
 * objects. Nothing here is filled in after construction.
 */
package dev.zerothrift.idl.schema;
