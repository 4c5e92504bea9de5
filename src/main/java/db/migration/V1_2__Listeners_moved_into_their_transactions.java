package db.migration;

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
        QueuedPublications.refuseWhileQueued(context.getConnection(), MOVED, "run in their publishing transaction");
    }
}
