/**
 * Apache's cross-language {@code ThriftTest} server, implemented with zerothrift's generated
 * service code.
 */
package dev.zerothrift.samples.thrifttest;
