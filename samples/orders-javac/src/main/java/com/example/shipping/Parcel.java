package com.example.shipping;

import com.example.catalog.wire.Category;

import dev.zerothrift.runtime.annotations.ThriftField;
import dev.zerothrift.runtime.annotations.ThriftField.Requiredness;
import dev.zerothrift.runtime.annotations.ThriftStruct;

import java.util.List;

/**
 * A parcel, Java-first: the same schema as
 *
 * <pre>
 * struct Parcel {
 *   1: required string trackingId
 *   2: required Carrier carrier
 *   3: list&lt;string&gt; skus
 *   4: optional i32 weightGrams
 * }
 * </pre>
 */
@ThriftStruct
public record Parcel(
        @ThriftField(id = 1, requiredness = Requiredness.REQUIRED) String trackingId,
        @ThriftField(id = 2, requiredness = Requiredness.REQUIRED) Carrier carrier,
        @ThriftField(id = 3) List<String> skus,
        @ThriftField(id = 4, requiredness = Requiredness.OPTIONAL) Integer weightGrams) {
    /** Ordinary Java next to the schema: not a field. */
    public boolean fragile(Category category) {
        return category == Category.MUSIC;
    }
}
