package io.redress.dossier;

import io.redress.aftersale.Actor;
import io.redress.aftersale.CaseStatus;
import io.redress.aftersale.InterventionStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a party can do about a case now, on and off the platform (docs/dossier.md, "Routes"): negotiate, ask the
 * platform to step in, appeal a ruling, ask for reinstatement (buyer) or appeal a refund (seller) within
 * the case's post-refund window (T_SELLER_APPEAL of its policy version) from REFUNDED, complain, or take the case to the consumer association (12315) or a court
 * with the dossier. Pure rules over the case's facts; each route says whether it is open, under way or closed (and
 * why, as a code), until when, where to go and what it needs.
 */
public final class CaseRoutes {

    private static final Set<InterventionStatus> RULED = EnumSet.of(InterventionStatus.RULED,
            InterventionStatus.APPEAL_OPEN, InterventionStatus.SUPERVISOR_REVIEW, InterventionStatus.FINAL);

    private CaseRoutes() {
    }

    /** The routes, in the order a party considers them. */
    public enum Kind {
        NEGOTIATE, PLATFORM, APPEAL, POST_REFUND_REQUEST, COMPLAINT, CONSUMER_ASSOCIATION, COURT
    }

    /** OPEN: the party can take it now; UNDER_WAY: it is running; CLOSED: not (or no longer) available. */
    public enum State {
        OPEN, UNDER_WAY, CLOSED
    }

    /**
     * The facts the routes depend on: the party asking (BUYER or SELLER), the case's status and intervention
     * sub-state, the actions the party may take on the case and on its dispute now, the case deadline if it is this
     * party's, when the appeal period ends (null: none running), when the case became REFUNDED (null: it did not), and
     * whether the seller agreed to that refund (its agreement, its confirmation of the return, or the buyer's
     * acceptance of its proposal), and when the post-refund window closes (T_SELLER_APPEAL of the case's policy version
     * after REFUNDED, as the post-refund requests' own rules count it; null: no refund).
     */
    public record Facts(String caseId, Actor party, CaseStatus status, InterventionStatus intervention,
            List<String> caseActions, List<String> disputeActions, Instant partyDeadline, Instant appealDueAt,
            Instant refundedAt, boolean sellerAgreed, Instant postRefundUntil) {

        public Facts {
            caseActions = List.copyOf(caseActions);
            disputeActions = List.copyOf(disputeActions);
            if (party != Actor.BUYER && party != Actor.SELLER) {
                throw new IllegalArgumentException("routes are the parties': " + party);
            }
        }
    }

    /**
     * One route: whether it is open now, {@code code} saying why (or what it is, for an open one), until when
     * ({@code closesAt}, null: no deadline of the platform's), the API call that takes it ({@code method} and
     * {@code href}; null for routes outside the platform), what it needs, and the console page where the party takes
     * or follows it ({@code page}; null where the case page itself is the place).
     */
    public record Route(Kind kind, State state, String code, Instant closesAt, String method, String href,
            List<String> needs, String page) {

        public Route {
            needs = List.copyOf(needs);
        }

        public Route(Kind kind, State state, String code, Instant closesAt, String method, String href,
                List<String> needs) {
            this(kind, state, code, closesAt, method, href, needs, null);
        }
    }

    public static List<Route> of(Facts f, Instant now) {
        List<Route> routes = new ArrayList<>();
        routes.add(negotiate(f));
        routes.add(platform(f));
        routes.add(appeal(f, now));
        routes.add(postRefund(f, now));
        routes.add(complaint(f));
        routes.add(consumerAssociation(f));
        routes.add(court(f));
        return routes;
    }

    private static Route negotiate(Facts f) {
        String href = cases(f) + "/messages";
        if (f.status().terminal()) {
            return new Route(Kind.NEGOTIATE, State.CLOSED, "case-finished", null, null, null, List.of());
        }
        if (f.intervention().open()) {
            return new Route(Kind.NEGOTIATE, State.OPEN, "write-on-the-record-while-the-platform-decides", null, "POST",
                    href, List.of("text", "evidenceIds"));
        }
        return new Route(Kind.NEGOTIATE, State.OPEN, f.caseActions().isEmpty() ? "write-to-the-other-party"
                : "act-or-write", f.partyDeadline(), "POST", href, List.of("text", "evidenceIds"));
    }

    private static Route platform(Facts f) {
        if (f.intervention().open()) {
            return new Route(Kind.PLATFORM, State.UNDER_WAY, "dispute-under-way", null, "GET", "/api/v1/interventions/" + f.caseId(), List.of());
        }
        if (f.caseActions().contains("escalate")) {
            return new Route(Kind.PLATFORM, State.OPEN, "escalate", f.partyDeadline(), "POST",
                    cases(f) + "/escalate", List.of("version", "message", "evidenceIds"));
        }
        String why = RULED.contains(f.intervention()) ? "already-ruled"
                : f.intervention() == InterventionStatus.NOT_ACCEPTED ? "declined"
                : f.status().terminal() ? "case-finished" : "not-now";
        return new Route(Kind.PLATFORM, State.CLOSED, why, null, null, null, List.of());
    }

    private static Route appeal(Facts f, Instant now) {
        List<String> needs = List.of("version", "message", "evidenceIds");
        if (f.disputeActions().contains("appeal")) {
            return new Route(Kind.APPEAL, State.OPEN, "appeal-the-ruling", f.appealDueAt(), "POST",
                    "/api/v1/interventions/" + f.caseId() + "/appeal", needs);
        }
        if (f.caseActions().contains("appeal")) {
            return new Route(Kind.APPEAL, State.OPEN, "appeal-the-ruling", f.appealDueAt(), "POST",
                    cases(f) + "/appeal", needs);
        }
        if (f.intervention() == InterventionStatus.SUPERVISOR_REVIEW) {
            return new Route(Kind.APPEAL, State.UNDER_WAY, "supervisor-review", null, "GET",
                    "/api/v1/interventions/" + f.caseId(), List.of());
        }
        String why = f.intervention() == InterventionStatus.FINAL ? "ruling-final"
                : f.intervention() == InterventionStatus.APPEAL_OPEN
                        && (f.appealDueAt() == null || !now.isBefore(f.appealDueAt())) ? "appeal-window-closed"
                : RULED.contains(f.intervention()) ? "not-now" : "no-ruling";
        return new Route(Kind.APPEAL, State.CLOSED, why, null, null, null, List.of());
    }

    private static Route postRefund(Facts f, Instant now) {
        String kind = f.party() == Actor.BUYER ? "REINSTATEMENT" : "SELLER_APPEAL";
        if (f.status() != CaseStatus.REFUNDED || f.refundedAt() == null || f.postRefundUntil() == null) {
            return new Route(Kind.POST_REFUND_REQUEST, State.CLOSED, "not-refunded", null, null, null, List.of(kind));
        }
        Instant closes = f.postRefundUntil();
        String page = "/cases/" + f.caseId() + "/after-refund";
        if (f.party() == Actor.SELLER && f.sellerAgreed()) {
            return new Route(Kind.POST_REFUND_REQUEST, State.CLOSED, "seller-agreed", closes, null, null, List.of(kind),
                    page);
        }
        if (!now.isBefore(closes)) {
            return new Route(Kind.POST_REFUND_REQUEST, State.CLOSED, "window-closed", closes, null, null, List.of(kind),
                    page);
        }
        return new Route(Kind.POST_REFUND_REQUEST, State.OPEN, kind, closes, "POST", cases(f) + "/post-refund-requests",
                List.of("kind=" + kind, "grounds", "message", "evidenceIds"), page);
    }

    private static Route complaint(Facts f) {
        return new Route(Kind.COMPLAINT, State.OPEN, f.party() == Actor.BUYER ? "against-seller-or-platform"
                : "against-platform", null, "POST", "/api/v1/complaints",
                List.of("caseId", "against", "category", "message", "evidenceIds"));
    }

    private static Route consumerAssociation(Facts f) {
        if (f.party() != Actor.BUYER) {
            return new Route(Kind.CONSUMER_ASSOCIATION, State.CLOSED, "consumers-only", null, null, null, List.of());
        }
        return new Route(Kind.CONSUMER_ASSOCIATION, State.OPEN, "12315", null, null, null,
                List.of("dossier", "order", "evidence"));
    }

    private static Route court(Facts f) {
        // a party going to court while the platform handles the dispute suspends it (§7.5) and files the receipt
        boolean suspends = f.disputeActions().contains("suspend");
        return new Route(Kind.COURT, State.OPEN, suspends ? "court-suspends-dispute" : "court", null,
                suspends ? "POST" : null, suspends ? "/api/v1/interventions/" + f.caseId() + "/suspend" : null,
                List.of("dossier", "evidence"));
    }

    private static String cases(Facts f) {
        return "/api/v1/cases/" + f.caseId();
    }
}
