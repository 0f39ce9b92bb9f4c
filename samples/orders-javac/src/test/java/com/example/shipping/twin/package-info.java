/** The IDL twin of the Java-first shipping schema, generated while the tests compile. */
@ThriftIdl("com/example/shipping/twin/parcel.thrift")
package com.example.shipping.twin;

import dev.zerothrift.runtime.annotations.ThriftIdl;
