package io.redress.shared;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Answers looked up in the database on every request (is this service key live, is this user enabled), kept
 * for a short time so that a burst of requests costs one lookup. A change made on this node forgets its key at
 * once and again after its transaction commits (so no request re-reads the old row meanwhile and keeps it);
 * another node sees the change when its copy expires, after at most the time to live.
 */
public final class Remembered<K, V> {

    private record Entry<V>(V value, long expiresAt) {
    }

    private static final int MAX_ENTRIES = 10_000;

    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final long ttlNanos;
    private final LongSupplier nanoTime;

    public Remembered(Duration ttl) {
        this(ttl, System::nanoTime);
    }

    /** With the ticker that measures the time to live, in nanoseconds. */
    public Remembered(Duration ttl, LongSupplier nanoTime) {
        this.ttlNanos = ttl.toNanos();
        this.nanoTime = nanoTime;
    }

    public V get(K key, Function<K, V> lookup) {
        if (ttlNanos <= 0) {
            return lookup.apply(key);
        }
        long now = nanoTime.getAsLong();
        Entry<V> entry = entries.get(key);
        if (entry != null && now - entry.expiresAt() < 0) {
            return entry.value();
        }
        V value = lookup.apply(key);
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, new Entry<>(value, now + ttlNanos));
        return value;
    }

    public void forget(K key) {
        entries.remove(key);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    entries.remove(key);
                }
            });
        }
    }

    public void forgetAll() {
        entries.clear();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    entries.clear();
                }
            });
        }
    }
}
