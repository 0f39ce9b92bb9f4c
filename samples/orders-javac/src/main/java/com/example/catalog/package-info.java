/**
 * The catalogue, described in IDL: {@code catalog.thrift} sits in the resources (so it is in the
 * class output when javac runs, and in the jar), and the annotation processor generates its code.
 */
@ThriftIdl("com/example/catalog/catalog.thrift")
package com.example.catalog;

import dev.zerothrift.runtime.annotations.ThriftIdl;
