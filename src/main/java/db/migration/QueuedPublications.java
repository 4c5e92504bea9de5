package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

/**
 * The guard of an upgrade that takes listeners out of the event publication registry: a publication still queued for
 * one of them would find no listener after the upgrade and never be delivered, so the upgrade stops, saying how many
 * are queued and what to do. Changes nothing.
 */
final class QueuedPublications {

    private QueuedPublications() {
    }

    /** Throws when any publication for {@code listeners} (registry listener ids) has no completion date yet. */
    static void refuseWhileQueued(Connection connection, List<String> listeners, String nowRunning) throws SQLException {
        try (ResultSet table = connection.getMetaData().getTables(null, null, "event_publication", null)) {
            if (!table.next()) {
                return;
            }
        }
        try (PreparedStatement queued = connection.prepareStatement("SELECT COUNT(*) FROM event_publication"
                + " WHERE completion_date IS NULL AND listener_id IN ("
                + String.join(", ", Collections.nCopies(listeners.size(), "?")) + ")")) {
            for (int i = 0; i < listeners.size(); i++) {
                queued.setString(i + 1, listeners.get(i));
            }
            try (ResultSet count = queued.executeQuery()) {
                count.next();
                long left = count.getLong(1);
                if (left > 0) {
                    throw new IllegalStateException(left + " event publication(s) are still queued for listeners that"
                            + " now " + nowRunning + " (event_publication rows without a completion_date, listener_id"
                            + " one of " + listeners + "): start the previous version until they are completed, then"
                            + " upgrade");
                }
            }
        }
    }
}
