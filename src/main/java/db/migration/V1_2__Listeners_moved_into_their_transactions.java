package db.migration;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * These listeners run in the transaction that publishes their event; before, they ran after it, through the event
 * publication registry: the ledger's capture of an order and its posting of a decided refund, and the closing of a
 * refund-only request when its order ships. A publication still queued for one of them would
 * find no listener after the upgrade and would never be delivered, so the upgrade stops here, saying how many are
 * queued: run the previous version until they are completed (they are delivered at every start and complete within
 * seconds unless one keeps failing), then upgrade. Changes nothing.
 */
public class V1_2__Listeners_moved_into_their_transactions extends BaseJavaMigration {

    static final List<String> MOVED = List.of(
            "io.redress.ledger.internal.LedgerListeners.on(io.redress.orders.OrderReceived)",
            "io.redress.ledger.internal.LedgerListeners.on(io.redress.decisions.RefundDecided)",
            "io.redress.aftersale.internal.ShippedOrders.on(io.redress.orders.FulfilmentRecorded)");

    @Override
    public void migrate(Context context) throws Exception {
        var connection = context.getConnection();
        try (ResultSet table = connection.getMetaData().getTables(null, null, "event_publication", null)) {
            if (!table.next()) {
                return;
            }
        }
        try (PreparedStatement queued = connection.prepareStatement("SELECT COUNT(*) FROM event_publication"
                + " WHERE completion_date IS NULL AND listener_id IN (?, ?, ?)")) {
            for (int i = 0; i < MOVED.size(); i++) {
                queued.setString(i + 1, MOVED.get(i));
            }
            try (ResultSet count = queued.executeQuery()) {
                count.next();
                long left = count.getLong(1);
                if (left > 0) {
                    throw new IllegalStateException(left + " event publication(s) are still queued for listeners that"
                            + " now run in their publishing transaction (event_publication rows without a"
                            + " completion_date, listener_id one of " + MOVED + "): start the previous version until"
                            + " they are completed, then upgrade");
                }
            }
        }
    }
}
