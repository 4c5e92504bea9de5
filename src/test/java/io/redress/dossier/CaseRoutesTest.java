package io.redress.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redress.Draw;
import io.redress.Tries;
import io.redress.aftersale.Actor;
import io.redress.aftersale.CaseStatus;
import io.redress.aftersale.InterventionStatus;
import io.redress.dossier.CaseRoutes.Facts;
import io.redress.dossier.CaseRoutes.Kind;
import io.redress.dossier.CaseRoutes.Route;
import io.redress.dossier.CaseRoutes.State;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parties' routes over the case's states. */
class CaseRoutesTest {

    /** The default policy's T_SELLER_APPEAL; the window comes with the facts, from the case's policy version. */
    private static final Duration SEVEN_DAYS = Duration.ofDays(7);

    /** The facts with the post-refund window a refunded case's policy gives it. */
    private static Facts windowed(Facts f) {
        return f.refundedAt() == null ? f : new Facts(f.caseId(), f.party(), f.status(), f.intervention(),
                f.caseActions(), f.disputeActions(), f.partyDeadline(), f.appealDueAt(), f.refundedAt(),
                f.sellerAgreed(), f.refundedAt().plus(SEVEN_DAYS));
    }

    static final Instant NOW = Instant.parse("2026-11-20T04:00:00Z");
    static final String CASE = "C-1";

    @Test
    void aFreshRequestIsNegotiatedComplainedAboutOrTakenOutsideButNotYetToThePlatform() {
        List<Route> routes = CaseRoutes.of(facts(Actor.BUYER, CaseStatus.REQUESTED, InterventionStatus.NONE,
                List.of("revise", "cancel"), List.of()), NOW);

        assertThat(routes).extracting(Route::kind).containsExactly(Kind.values());
        assertThat(route(routes, Kind.NEGOTIATE).state()).isEqualTo(State.OPEN);
        assertThat(route(routes, Kind.NEGOTIATE).href()).isEqualTo("/api/v1/cases/C-1/messages");
        assertThat(route(routes, Kind.PLATFORM)).extracting(Route::state, Route::code)
                .containsExactly(State.CLOSED, "not-now");
        assertThat(route(routes, Kind.APPEAL)).extracting(Route::state, Route::code)
                .containsExactly(State.CLOSED, "no-ruling");
        assertThat(route(routes, Kind.POST_REFUND_REQUEST)).extracting(Route::state, Route::code)
                .containsExactly(State.CLOSED, "not-refunded");
        assertThat(route(routes, Kind.COMPLAINT)).extracting(Route::state, Route::code, Route::href)
                .containsExactly(State.OPEN, "against-seller-or-platform", "/api/v1/complaints");
        assertThat(route(routes, Kind.CONSUMER_ASSOCIATION)).extracting(Route::state, Route::needs)
                .containsExactly(State.OPEN, List.of("dossier", "order", "evidence"));
        assertThat(route(routes, Kind.COURT)).extracting(Route::state, Route::code, Route::href)
                .containsExactly(State.OPEN, "court", null);
    }

    @Test
    void aRefusedBuyerAsksThePlatformUntilItsDeadline() {
        Instant due = NOW.plus(Duration.ofDays(5));
        Route platform = route(CaseRoutes.of(new Facts(CASE, Actor.BUYER, CaseStatus.SELLER_REFUSED,
                InterventionStatus.NONE, List.of("revise", "escalate", "cancel"), List.of(), due, null, null, false, null),
                NOW), Kind.PLATFORM);

        assertThat(platform).extracting(Route::state, Route::closesAt, Route::method, Route::href)
                .containsExactly(State.OPEN, due, "POST", "/api/v1/cases/C-1/escalate");
        assertThat(platform.needs()).contains("evidenceIds");
    }

    @Test
    void whileThePlatformDecidesTheDisputeIsUnderWayAndCourtSuspendsIt() {
        List<Route> routes = CaseRoutes.of(facts(Actor.SELLER, CaseStatus.SELLER_REFUSED, InterventionStatus.EVIDENCE,
                List.of(), List.of("submit-evidence", "suspend")), NOW);

        assertThat(route(routes, Kind.PLATFORM)).extracting(Route::state, Route::href)
                .containsExactly(State.UNDER_WAY, "/api/v1/interventions/C-1");
        assertThat(route(routes, Kind.COURT)).extracting(Route::code, Route::href)
                .containsExactly("court-suspends-dispute", "/api/v1/interventions/C-1/suspend");
        assertThat(route(routes, Kind.NEGOTIATE).code()).isEqualTo("write-on-the-record-while-the-platform-decides");
    }

    @Test
    void aRulingIsAppealedUntilTheAppealTimerAndNotAfter() {
        Instant due = NOW.plus(Duration.ofDays(3));
        Route open = route(CaseRoutes.of(new Facts(CASE, Actor.SELLER, CaseStatus.REFUNDED,
                InterventionStatus.APPEAL_OPEN, List.of(), List.of("appeal"), null, due, NOW, false, NOW.plus(SEVEN_DAYS)), NOW), Kind.APPEAL);
        assertThat(open).extracting(Route::state, Route::closesAt, Route::href)
                .containsExactly(State.OPEN, due, "/api/v1/interventions/C-1/appeal");

        Route late = route(CaseRoutes.of(new Facts(CASE, Actor.SELLER, CaseStatus.REFUNDED,
                InterventionStatus.APPEAL_OPEN, List.of(), List.of(), null, due, NOW, false, NOW.plus(SEVEN_DAYS)), due), Kind.APPEAL);
        assertThat(late).extracting(Route::state, Route::code).containsExactly(State.CLOSED, "appeal-window-closed");

        assertThat(route(CaseRoutes.of(facts(Actor.BUYER, CaseStatus.REFUNDED, InterventionStatus.SUPERVISOR_REVIEW,
                List.of(), List.of()), NOW), Kind.APPEAL).state()).isEqualTo(State.UNDER_WAY);
        assertThat(route(CaseRoutes.of(facts(Actor.BUYER, CaseStatus.REFUNDED, InterventionStatus.FINAL,
                List.of(), List.of()), NOW), Kind.APPEAL).code()).isEqualTo("ruling-final");
    }

    @Test
    void afterTheRefundTheBuyerAsksForReinstatementForSevenDaysAndNotASecondLonger() {
        Instant refunded = NOW.minus(Duration.ofDays(2));
        Instant closes = refunded.plus(Duration.ofDays(7));
        Facts facts = new Facts(CASE, Actor.BUYER, CaseStatus.REFUNDED, InterventionStatus.NONE, List.of(), List.of(),
                null, null, refunded, true, closes);

        Route open = route(CaseRoutes.of(facts, closes.minusSeconds(1)), Kind.POST_REFUND_REQUEST);
        assertThat(open).extracting(Route::state, Route::code, Route::closesAt, Route::href)
                .containsExactly(State.OPEN, "REINSTATEMENT", closes, "/api/v1/cases/C-1/post-refund-requests");
        assertThat(open.needs()).contains("kind=REINSTATEMENT");
        assertThat(open.page()).isEqualTo("/cases/C-1/after-refund");
        assertThat(route(CaseRoutes.of(facts, closes), Kind.POST_REFUND_REQUEST))
                .extracting(Route::state, Route::code).containsExactly(State.CLOSED, "window-closed");
        assertThat(route(CaseRoutes.of(facts, NOW), Kind.NEGOTIATE).code()).isEqualTo("case-finished");
    }

    @Test
    void theWindowIsTheOneTheCasesPolicyGivesNotAFixedWeek() {
        Instant refunded = NOW.minus(Duration.ofDays(4));
        Facts threeDays = new Facts(CASE, Actor.SELLER, CaseStatus.REFUNDED, InterventionStatus.NONE, List.of(),
                List.of(), null, null, refunded, false, refunded.plus(Duration.ofDays(3)));
        Facts tenDays = new Facts(CASE, Actor.SELLER, CaseStatus.REFUNDED, InterventionStatus.NONE, List.of(),
                List.of(), null, null, refunded, false, refunded.plus(Duration.ofDays(10)));
        assertThat(route(CaseRoutes.of(threeDays, NOW), Kind.POST_REFUND_REQUEST))
                .extracting(Route::state, Route::code, Route::page)
                .containsExactly(State.CLOSED, "window-closed", "/cases/C-1/after-refund");
        assertThat(route(CaseRoutes.of(tenDays, NOW), Kind.POST_REFUND_REQUEST))
                .extracting(Route::state, Route::closesAt).containsExactly(State.OPEN, refunded.plus(Duration.ofDays(10)));
    }

    @Test
    void aSellerAppealsARefundItDidNotAgreeTo() {
        Instant refunded = NOW.minus(Duration.ofDays(1));
        Route notAgreed = route(CaseRoutes.of(new Facts(CASE, Actor.SELLER, CaseStatus.REFUNDED,
                InterventionStatus.NONE, List.of(), List.of(), null, null, refunded, false, refunded.plus(SEVEN_DAYS)), NOW),
                Kind.POST_REFUND_REQUEST);
        assertThat(notAgreed).extracting(Route::state, Route::code).containsExactly(State.OPEN, "SELLER_APPEAL");

        Route agreed = route(CaseRoutes.of(new Facts(CASE, Actor.SELLER, CaseStatus.REFUNDED,
                InterventionStatus.NONE, List.of(), List.of(), null, null, refunded, true, refunded.plus(SEVEN_DAYS)), NOW),
                Kind.POST_REFUND_REQUEST);
        assertThat(agreed).extracting(Route::state, Route::code).containsExactly(State.CLOSED, "seller-agreed");
    }

    @Test
    void sellersComplainAboutThePlatformOnlyAndDoNotGoTo12315() {
        List<Route> routes = CaseRoutes.of(facts(Actor.SELLER, CaseStatus.REQUESTED, InterventionStatus.NONE,
                List.of("agree", "refuse"), List.of()), NOW);

        assertThat(route(routes, Kind.COMPLAINT).code()).isEqualTo("against-platform");
        assertThat(route(routes, Kind.CONSUMER_ASSOCIATION)).extracting(Route::state, Route::code)
                .containsExactly(State.CLOSED, "consumers-only");
    }

    @Test
    void routesAreThePartiesOnly() {
        assertThatThrownBy(() -> facts(Actor.AGENT, CaseStatus.REQUESTED, InterventionStatus.NONE, List.of(),
                List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void inEveryStateEachRouteIsAnsweredOnceAndAnOpenPlatformRouteSaysWhereToGo() {
        Tries.forAll(500, random -> windowed(new Facts(CASE, Draw.oneOf(random, List.of(Actor.BUYER, Actor.SELLER)),
                Draw.oneOf(random, CaseStatus.class), Draw.oneOf(random, InterventionStatus.class),
                Draw.list(random, 0, 3, r -> Draw.oneOf(r, List.of("escalate", "appeal", "agree", "revise"))),
                Draw.list(random, 0, 3, r -> Draw.oneOf(r, List.of("appeal", "suspend", "submit-evidence"))),
                random.nextBoolean() ? null : NOW.plusSeconds(Draw.between(random, -86_400L, 86_400L)),
                random.nextBoolean() ? null : NOW.plusSeconds(Draw.between(random, -86_400L, 86_400L)),
                random.nextBoolean() ? null : NOW.minusSeconds(Draw.between(random, 0L, 10L * 86_400L)),
                random.nextBoolean(), null)), facts -> {
            List<Route> routes = CaseRoutes.of(facts, NOW);
            assertThat(routes).extracting(Route::kind).containsExactly(Kind.values());
            for (Route route : routes) {
                if (route.state() == State.OPEN && route.kind() != Kind.CONSUMER_ASSOCIATION
                        && !(route.kind() == Kind.COURT && route.href() == null)) {
                    assertThat(route.method()).as(route.toString()).isNotNull();
                    assertThat(route.href()).as(route.toString()).startsWith("/api/v1/");
                }
            }
            Route postRefund = route(routes, Kind.POST_REFUND_REQUEST);
            boolean inWindow = facts.status() == CaseStatus.REFUNDED && facts.refundedAt() != null
                    && NOW.isBefore(facts.postRefundUntil())
                    && !(facts.party() == Actor.SELLER && facts.sellerAgreed());
            assertThat(postRefund.state() == State.OPEN).as(postRefund.toString()).isEqualTo(inWindow);
            assertThat(route(routes, Kind.NEGOTIATE).state() == State.CLOSED).isEqualTo(facts.status().terminal());
        });
    }

    private static Facts facts(Actor party, CaseStatus status, InterventionStatus intervention,
            List<String> caseActions, List<String> disputeActions) {
        return new Facts(CASE, party, status, intervention, caseActions, disputeActions, null, null, null, false, null);
    }

    private static Route route(List<Route> routes, Kind kind) {
        return routes.stream().filter(r -> r.kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError(kind + " missing in " + Arrays.toString(routes.toArray())));
    }
}
