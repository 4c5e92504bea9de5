package db.migration;

import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A paid refund leg is posted to the ledger, and a refund's completion makes its case REFUNDED, in the transaction that
 * records the leg; before, the ledger listened to {@code RefundLegSucceeded} and the case to {@code RefundCompleted}
 * through the event publication registry. A publication still queued for one of those listeners would never be
 * delivered after the upgrade, so the upgrade stops while any is (they are delivered at every start of the previous
 * version and complete within seconds unless one keeps failing). Changes nothing.
 */
public class V1_3__Paid_legs_in_their_transaction extends BaseJavaMigration {

    static final List<String> MOVED = List.of(
            "io.redress.ledger.internal.LedgerListeners.on(io.redress.payments.RefundLegSucceeded)",
            "io.redress.aftersale.internal.CasePayouts.on(io.redress.payments.RefundCompleted)");

    @Override
    public void migrate(Context context) throws Exception {
        QueuedPublications.refuseWhileQueued(context.getConnection(), MOVED,
                "run in the transaction that records a paid refund leg");
    }
}
