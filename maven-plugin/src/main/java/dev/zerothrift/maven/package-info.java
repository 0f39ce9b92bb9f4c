/**
 * The zerothrift Maven plugin: the {@code generate} and {@code generate-test} goals turn {@code
 * .thrift} files into Java sources with the same generator every other driver uses, in the Maven
 * JVM (no native {@code thrift} executable).
 *
 * <p>The Maven-facing classes ({@link dev.zerothrift.maven.GenerateMojo}, {@link
 * dev.zerothrift.maven.GenerateTestMojo}) only gather parameters; {@link
 * dev.zerothrift.maven.IdlGeneration} does the work (load, fingerprint, generate, record state)
 * without any Maven type, so it is tested directly.
 */
package dev.zerothrift.maven;
