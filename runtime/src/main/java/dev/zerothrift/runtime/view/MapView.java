package dev.zerothrift.runtime.view;

/**
 * A map in place: its entries in wire order, read through {@link #keys} and {@link #values}, two
 * list views over the same entries ({@code keys(k).getString(i)} is the key of entry {@code i},
 * {@code values(v).getLong(i)} its value). A flyweight, like {@link ListView}.
 */
public final class MapView {
    private MessageIndex index;
    private int record = -1;
    private TypeDescriptor type;

    /** An empty view, to be pointed at a map by a struct, list or map view. */
    public MapView() {}

    MapView reset(MessageIndex index, int record, TypeDescriptor mapType) {
        this.index = index;
        this.record = record;
        this.type = mapType;
        return this;
    }

    /** Entries. */
    public int size() {
        return index.arena.link[record];
    }

    public boolean isEmpty() {
        return size() == 0;
    }

    /** The schema's map type. */
    public TypeDescriptor type() {
        return type;
    }

    /** The keys, entry by entry, in {@code target}. */
    public ListView keys(ListView target) {
        int keySize = index.fixedSize(type.key().kind());
        int valueSize = index.fixedSize(type.value().kind());
        return target.reset(index, record, type.key(), 0, keySize + valueSize, 0, 2);
    }

    /** The values, entry by entry, in {@code target}. */
    public ListView values(ListView target) {
        int keySize = index.fixedSize(type.key().kind());
        int valueSize = index.fixedSize(type.value().kind());
        return target.reset(index, record, type.value(), keySize, keySize + valueSize, 1, 2);
    }
}
