/**
 * The code generator: pure functions from a resolved {@code Schema} to JavaPoet files, behind one
 * entry point ({@link dev.zerothrift.codegen.ThriftGenerator}) and one output interface ({@link
 * dev.zerothrift.codegen.CodeOutput}) that every driver (Maven plugin, annotation processor,
 * command line, tests) uses.
 *
 * <p>One generator class per kind of output: {@link dev.zerothrift.codegen.EnumGenerator}, {@code
 * StructGenerator} (a struct, union or exception as a POJO) with its parts {@code
 * AccessorGenerator}, {@code BuilderGenerator}, {@code ObjectMethodsGenerator} and {@code
 * FastCodecGenerator} (length, write and read per protocol, over {@code ValueCode}), and {@code
 * ConstantsGenerator} (over {@code ConstValues}). Java names are decided here only: {@link
 * dev.zerothrift.codegen.JavaNames} (packages, keywords), {@code StructMembers} (member names by
 * {@code NameAllocator}), {@code JavaTypes} (the type mapping).
 *
 * <p>What the generated code offers, for {@code struct Request} of a program with {@code namespace
 * java com.example}:
 *
 * <pre>{@code
 * Request r = Request.builder().requestId(1).method("echo").ids(new long[] {1, 2}).build();
 * r.setTraceId("t");  r.isSetTraceId();  r.unsetTraceId();    // libthrift-style accessors
 * byte[] bytes = r.fastWrite(Protocol.BINARY);               // exactly r.encodedLength(BINARY)
 * r.fastWrite(chain.sink(), Protocol.COMPACT);               // one reserved window, no copy of
 *                                                            // large strings and binaries
 * Request back = Request.fastRead(bytes, Protocol.BINARY);   // or (ByteSource, Protocol, Limits)
 * back.unknownFields();                                      // fields of a newer IDL, kept
 * }</pre>
 *
 * Type mapping: base types as Java primitives (boxed in containers), {@code binary} as {@code
 * ByteBuffer}, {@code uuid} as {@code UUID}, enums as Java enums implementing {@code ThriftEnum},
 * containers as {@code List}/{@code Set}/{@code Map} (insertion ordered when read), and a field of
 * type {@code list<i16|i32|i64|double>} as a primitive array, encoded in bulk. Structs and unions
 * implement {@code dev.zerothrift.runtime.codec.ThriftStruct}; exceptions extend {@code
 * ThriftException}. Each program's constants are in {@code <Program>Constants}.
 */
package dev.zerothrift.codegen;
