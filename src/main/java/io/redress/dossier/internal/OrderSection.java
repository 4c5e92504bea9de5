package io.redress.dossier.internal;

import io.redress.dossier.DossierRequest;
import io.redress.dossier.DossierSection;
import io.redress.dossier.SectionContent;
import io.redress.orders.Discount;
import io.redress.orders.Order;
import io.redress.orders.OrderLine;
import io.redress.orders.Orders;
import io.redress.orders.Payment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The order the case is about, as the marketplace reported it: lines, discounts, shipping, payments. */
@Component
class OrderSection implements DossierSection {

    private final Orders orders;

    OrderSection(Orders orders) {
        this.orders = orders;
    }

    @Override
    public int getOrder() {
        return 200;
    }

    @Override
    public Optional<SectionContent> write(DossierRequest r) {
        return orders.find(r.detail().orderId()).map(order -> content(r, order));
    }

    private static SectionContent content(DossierRequest r, Order o) {
        String currency = o.currency().getCurrencyCode();
        List<String> lines = new ArrayList<>();
        lines.add(r.text("dossier.order.header", o.orderId(), r.when(o.placedAt()), r.when(o.paidAt()),
                r.money(o.totalPaid(), currency)));
        for (OrderLine l : o.lines()) {
            lines.add(r.text("dossier.order.line", l.lineNo(), l.lineId(), l.title(), l.sku(), l.quantity(),
                    r.money(l.unitPrice(), currency), r.money(l.paidAmount(), currency),
                    l.gift() ? r.text("dossier.order.gift") : ""));
        }
        for (Discount d : o.discounts()) {
            lines.add(r.text("dossier.order.discount", d.discountId(), d.kind().name(), r.money(d.amount(), currency),
                    d.fundedBy().name(), String.join(", ", d.appliesTo())));
        }
        lines.add(r.text("dossier.order.shipping", r.money(o.shippingFee(), currency),
                r.money(o.shippingRefunded(), currency)));
        for (Payment p : o.payments()) {
            lines.add(r.text("dossier.order.payment", p.paymentId(), p.method().name(), r.money(p.amount(), currency),
                    r.money(p.refundedAmount(), currency)));
        }
        return new SectionContent("order", r.text("dossier.order.title"), lines, o);
    }
}
