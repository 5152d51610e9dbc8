package dev.interleave.trace;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The interned, variable-sized parts of events (names, item texts, rare multi-field events), kept once each
 * and referred to by index from the primitive columns of a {@link Recording}.
 *
 * <p>Any thread may intern. Any thread may read an index it learned from a published event without locking:
 * the value was stored before the event's release-store, and a grown table is published through a volatile
 * field only after the old values were copied into it.
 */
final class Payloads {
    private final ConcurrentHashMap<Object, Integer> indexOf = new ConcurrentHashMap<>();
    private volatile Object[] table = new Object[64];
    private int size; // guarded by this

    /** The index of {@code value}, adding it the first time. Null has the fixed index -1. */
    int intern(Object value) {
        if (value == null) {
            return -1;
        }
        Integer known = indexOf.get(value);
        return known != null ? known : add(value);
    }

    private synchronized int add(Object value) {
        Integer known = indexOf.get(value);
        if (known != null) {
            return known;
        }
        Object[] current = table;
        if (size == current.length) {
            current = Arrays.copyOf(current, size * 2);
        }
        current[size] = value;
        table = current;
        indexOf.put(value, size);
        return size++;
    }

    Object get(int index) {
        return index < 0 ? null : table[index];
    }

    synchronized int size() {
        return size;
    }
}
