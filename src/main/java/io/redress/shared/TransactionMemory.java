package io.redress.shared;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What one transaction already knows of rows it wrote or locked, so that it does not read them again: a map bound
 * to the current transaction, forgotten when the transaction ends and set aside while a nested one
 * ({@code REQUIRES_NEW}) runs. Outside a transaction it remembers nothing. Only put what the transaction itself
 * holds (a row it updated, or read under a lock every writer takes): another transaction cannot change that before
 * this one ends.
 */
public final class TransactionMemory<K, V> {

    /** What the current transaction remembers under {@code key}; empty when nothing (or outside a transaction). */
    public Optional<V> get(K key) {
        Known<K, V> known = current(false);
        return known == null ? Optional.empty() : Optional.ofNullable(known.values.get(key));
    }

    /** Whether the current transaction remembers something under {@code key}, even "none" ({@code null}). */
    public boolean knows(K key) {
        Known<K, V> known = current(false);
        return known != null && known.values.containsKey(key);
    }

    /** Remembers {@code value} (null: known to be absent) until the current transaction ends. */
    public void put(K key, V value) {
        Known<K, V> known = current(true);
        if (known != null) {
            known.values.put(key, value);
        }
    }

    /** The remembered value, or {@code read}'s answer, remembered from now on. */
    public V computeIfAbsent(K key, Supplier<V> read) {
        if (knows(key)) {
            return get(key).orElse(null);
        }
        V value = read.get();
        put(key, value);
        return value;
    }

    public void forget(K key) {
        Known<K, V> known = current(false);
        if (known != null) {
            known.values.remove(key);
        }
    }

    @SuppressWarnings("unchecked")
    private Known<K, V> current(boolean create) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()) {
            return null;
        }
        Known<K, V> known = (Known<K, V>) TransactionSynchronizationManager.getResource(this);
        if (known == null && create) {
            known = new Known<>(this);
            TransactionSynchronizationManager.bindResource(this, known);
            TransactionSynchronizationManager.registerSynchronization(known);
        }
        return known;
    }

    private static final class Known<K, V> implements TransactionSynchronization {

        private final Object owner;
        private final Map<K, V> values = new HashMap<>();

        Known(Object owner) {
            this.owner = owner;
        }

        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResourceIfPossible(owner);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(owner, this);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(owner);
        }
    }
}
