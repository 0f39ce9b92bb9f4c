package dev.zerothrift.runtime.view;

import dev.zerothrift.runtime.buffer.Chain;

/**
 * A map in place: its entries in wire order, read through {@link #keys} and {@link #values}, two
 * list views over the same entries ({@code keys(k).getString(i)} is the key of entry {@code i},
 * {@code values(v).getLong(i)} its value). A flyweight, like {@link ListView}.
 *
 * <p>Entries are added, replaced and removed in place ({@link #putEncoded}, {@link #removeEncoded},
 * {@link #removeAt}): keys and values go in encoded apart, in the message's protocol, and are
 * indexed before the message changes; keys compare by their encoded bytes. Afterwards every view of
 * the map, and its key and value list views, see the new entries; views of a removed or replaced
 * value (and of anything inside it) are no longer valid.
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
        return target.reset(index, record, type.key(), 0, keySize + valueSize, 0, 2).ofMap(type);
    }

    /** The values, entry by entry, in {@code target}. */
    public ListView values(ListView target) {
        int keySize = index.fixedSize(type.key().kind());
        int valueSize = index.fixedSize(type.value().kind());
        return target.reset(index, record, type.value(), keySize, keySize + valueSize, 1, 2)
                .ofMap(type);
    }

    // ---------------------------------------------------------------- editing

    /**
     * Puts an entry: when a key with the bytes of {@code key} is there, its value is replaced by
     * {@code value} (of any length) and the result is false; else the entry is appended and the
     * result is true. Both chains hold one encoded value of the schema's type, in the message's
     * protocol, and are left empty when they go in (a key that was there already stays the
     * caller's).
     *
     * @throws dev.zerothrift.runtime.protocol.ProtocolException when {@code key} or {@code value}
     *     is not one value of its type (the message is then unchanged).
     */
    public boolean putEncoded(Chain key, Chain value) {
        int i = ContainerEditor.find(index, record, type, key);
        if (i >= 0) {
            ContainerEditor.replace(index, record, type, i, value);
            return false;
        }
        ContainerEditor.insert(index, record, type, size(), key, value);
        return true;
    }

    /** The entry whose key is encoded as {@code key}'s bytes, or -1. */
    public int indexOfEncoded(Chain key) {
        return ContainerEditor.find(index, record, type, key);
    }

    /** Removes the entry whose key is encoded as {@code key}'s bytes; false when there is none. */
    public boolean removeEncoded(Chain key) {
        int i = ContainerEditor.find(index, record, type, key);
        if (i < 0) {
            return false;
        }
        ContainerEditor.remove(index, record, type, i);
        return true;
    }

    /** Removes entry {@code i} (in wire order). */
    public void removeAt(int i) {
        ContainerEditor.remove(index, record, type, i);
    }

    /** Replaces the value of entry {@code i} by {@code value} (indexed first, left empty). */
    public void replaceValueEncoded(int i, Chain value) {
        ContainerEditor.replace(index, record, type, i, value);
    }
}
