/**
 * The annotations users put on their code for the zerothrift annotation processor (module {@code
 * zerothrift-annotation-processor}, which reads them by name at compile time; they are not needed
 * at run time, hence {@code CLASS} retention).
 *
 * <ul>
 *   <li>{@link dev.zerothrift.runtime.annotations.ThriftIdl}: generate code for IDL files during
 *       {@code javac}.
 *   <li>Java-first schemas: {@link dev.zerothrift.runtime.annotations.ThriftStruct} on an interface
 *       or record whose accessors carry {@link dev.zerothrift.runtime.annotations.ThriftField},
 *       {@link dev.zerothrift.runtime.annotations.ThriftEnum} on an enum, {@link
 *       dev.zerothrift.runtime.annotations.ThriftService} on an interface; {@link
 *       dev.zerothrift.runtime.annotations.ThriftProgram} on the package names the program they
 *       form. They become the same schema an IDL file would, so they get the same generated code
 *       and the same bytes on the wire.
 * </ul>
 *
 * <p>One annotation is the generator's, not the user's: {@link
 * dev.zerothrift.runtime.annotations.ThriftGenerated} marks each generated class with the Thrift
 * definition it is, and is kept at run time.
 */
package dev.zerothrift.runtime.annotations;
