package dev.dlint.model;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * An immutable hash map from strings whose {@link #with} returns a new map sharing all but one path with the old one
 * (a hash array mapped trie): O(log n) time and memory per added entry, so a scope per instruction costs linear memory
 * in the number of instructions instead of quadratic.
 *
 * @param <V> the value type
 */
final class PersistentMap<V> {

    private static final int BITS = 5;
    private static final int MASK = (1 << BITS) - 1;
    private static final PersistentMap<?> EMPTY = new PersistentMap<>(new Branch(0, new Object[0]), 0);

    private final Node root;
    private final int size;

    private PersistentMap(Node root, int size) {
        this.root = root;
        this.size = size;
    }

    @SuppressWarnings("unchecked")
    static <V> PersistentMap<V> empty() {
        return (PersistentMap<V>) EMPTY;
    }

    int size() {
        return size;
    }

    boolean containsKey(String key) {
        return root.find(key.hashCode(), key, 0) != null;
    }

    /** The value of {@code key}, or {@code null}. */
    @SuppressWarnings("unchecked")
    V get(String key) {
        Entry entry = root.find(key.hashCode(), key, 0);
        return entry == null ? null : (V) entry.value();
    }

    /** A map with {@code key} set to {@code value}; this map when it already holds exactly that. */
    PersistentMap<V> with(String key, V value) {
        Objects.requireNonNull(value, "value");
        Entry old = root.find(key.hashCode(), key, 0);
        if (old != null && old.value().equals(value)) {
            return this;
        }
        Node added = root.with(new Entry(key, value), key.hashCode(), 0);
        return new PersistentMap<>(added, old == null ? size + 1 : size);
    }

    /** Calls {@code action} for every entry, in no particular order. */
    @SuppressWarnings("unchecked")
    void forEach(BiConsumer<String, V> action) {
        root.forEach((key, value) -> action.accept(key, (V) value));
    }

    private record Entry(String key, Object value) {
    }

    private sealed interface Node permits Branch, Collision {
        Entry find(int hash, String key, int shift);

        Node with(Entry entry, int hash, int shift);

        void forEach(BiConsumer<String, Object> action);
    }

    /** Up to 32 slots, each an {@link Entry} or a deeper {@link Node}, present where {@code bitmap} has a bit. */
    private record Branch(int bitmap, Object[] slots) implements Node {

        @Override
        public Entry find(int hash, String key, int shift) {
            int bit = 1 << ((hash >>> shift) & MASK);
            if ((bitmap & bit) == 0) {
                return null;
            }
            Object slot = slots[Integer.bitCount(bitmap & (bit - 1))];
            if (slot instanceof Entry entry) {
                return entry.key().equals(key) ? entry : null;
            }
            return ((Node) slot).find(hash, key, shift + BITS);
        }

        @Override
        public Node with(Entry entry, int hash, int shift) {
            int bit = 1 << ((hash >>> shift) & MASK);
            int index = Integer.bitCount(bitmap & (bit - 1));
            if ((bitmap & bit) == 0) {
                Object[] grown = new Object[slots.length + 1];
                System.arraycopy(slots, 0, grown, 0, index);
                grown[index] = entry;
                System.arraycopy(slots, index, grown, index + 1, slots.length - index);
                return new Branch(bitmap | bit, grown);
            }
            Object slot = slots[index];
            Object replacement;
            if (slot instanceof Entry existing) {
                replacement = existing.key().equals(entry.key()) ? entry
                        : pair(existing, existing.key().hashCode(), entry, hash, shift + BITS);
            } else {
                replacement = ((Node) slot).with(entry, hash, shift + BITS);
            }
            Object[] copy = slots.clone();
            copy[index] = replacement;
            return new Branch(bitmap, copy);
        }

        @Override
        public void forEach(BiConsumer<String, Object> action) {
            for (Object slot : slots) {
                if (slot instanceof Entry entry) {
                    action.accept(entry.key(), entry.value());
                } else {
                    ((Node) slot).forEach(action);
                }
            }
        }

        private static Node pair(Entry first, int firstHash, Entry second, int secondHash, int shift) {
            if (firstHash == secondHash) {
                return new Collision(new Entry[] {first, second});
            }
            int a = (firstHash >>> shift) & MASK;
            int b = (secondHash >>> shift) & MASK;
            if (a == b) {
                return new Branch(1 << a, new Object[] {pair(first, firstHash, second, secondHash, shift + BITS)});
            }
            Object[] slots = a < b ? new Object[] {first, second} : new Object[] {second, first};
            return new Branch((1 << a) | (1 << b), slots);
        }
    }

    /** Entries whose keys have the same hash code. */
    private record Collision(Entry[] entries) implements Node {

        @Override
        public Entry find(int hash, String key, int shift) {
            for (Entry entry : entries) {
                if (entry.key().equals(key)) {
                    return entry;
                }
            }
            return null;
        }

        @Override
        public Node with(Entry entry, int hash, int shift) {
            for (int i = 0; i < entries.length; i++) {
                if (entries[i].key().equals(entry.key())) {
                    Entry[] copy = entries.clone();
                    copy[i] = entry;
                    return new Collision(copy);
                }
            }
            Entry[] grown = Arrays.copyOf(entries, entries.length + 1);
            grown[entries.length] = entry;
            return new Collision(grown);
        }

        @Override
        public void forEach(BiConsumer<String, Object> action) {
            for (Entry entry : entries) {
                action.accept(entry.key(), entry.value());
            }
        }
    }
}
