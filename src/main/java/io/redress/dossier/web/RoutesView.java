package io.redress.dossier.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.redress.dossier.CaseRoutes;
import io.redress.dossier.Routes;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** The parties' routes panel: each route and the dossier links routes outside the platform need. */
record RoutesView(@Schema(requiredMode = REQUIRED) String caseId,
        @Schema(requiredMode = REQUIRED, allowableValues = {"BUYER", "SELLER"}) String party,
        @Schema(requiredMode = REQUIRED) OffsetDateTime now, @Schema(requiredMode = REQUIRED) DossierLinks dossier,
        @Schema(requiredMode = REQUIRED) List<RouteView> routes) {

    /** Where the case dossier is downloaded. */
    record DossierLinks(@Schema(requiredMode = REQUIRED) String pdf, @Schema(requiredMode = REQUIRED) String json,
            @Schema(requiredMode = REQUIRED) String zip) {
    }

    /** One route as the panel shows it; secondsLeft is null when the route has no deadline or it passed. */
    record RouteView(@Schema(implementation = CaseRoutes.Kind.class, requiredMode = REQUIRED) String kind,
            @Schema(implementation = CaseRoutes.State.class, requiredMode = REQUIRED) String state,
            @Schema(requiredMode = REQUIRED, description = "why the route is in its state, or what it is") String code,
            OffsetDateTime closesAt, Long secondsLeft,
            @Schema(description = "the API call that takes the route; null outside the platform") String method,
            String href, @Schema(requiredMode = REQUIRED) List<String> needs,
            @Schema(description = "the console page where the party takes or follows the route; null: the case page")
            String page) {
    }

    static RoutesView of(Routes.Panel panel, ZoneId zone) {
        String base = "/api/v1/cases/" + panel.caseId() + "/dossier.";
        return new RoutesView(panel.caseId(), panel.party().name(), panel.now().atZone(zone).toOffsetDateTime(),
                new DossierLinks(base + "pdf", base + "json", base + "zip"),
                panel.routes().stream().map(r -> new RouteView(r.kind().name(), r.state().name(), r.code(),
                        r.closesAt() == null ? null : r.closesAt().atZone(zone).toOffsetDateTime(),
                        r.closesAt() == null || !r.closesAt().isAfter(panel.now()) ? null
                                : Duration.between(panel.now(), r.closesAt()).toSeconds(),
                        r.method(), r.href(), r.needs(), r.page())).toList());
    }
}
