package io.redress.aftersale.web;

import io.redress.aftersale.Case;
import io.redress.aftersale.CaseDesk;
import io.redress.aftersale.CaseIntake;
import io.redress.aftersale.CaseStatus;
import io.redress.aftersale.Cases;
import io.redress.identity.Caller;
import io.redress.shared.ConflictingState;
import io.redress.shared.InvalidRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** After-sale cases: buyers apply, the parties act on them, and whoever may see a case reads it and its timeline. */
@RestController
@RequestMapping("/api/v1/cases")
class CaseController {

    private final CaseIntake intake;
    private final CaseDesk desk;
    private final ZoneId zone;

    CaseController(CaseIntake intake, CaseDesk desk, @Value("${redress.zone:Asia/Shanghai}") ZoneId zone) {
        this.intake = intake;
        this.desk = desk;
        this.zone = zone;
    }

    /** A page of cases as the list answers it. */
    record CaseList(List<CaseView> items, int page, int size, long total) {
    }

    @PostMapping
    @PreAuthorize("hasRole('BUYER')")
    ResponseEntity<CaseView> apply(@Valid @RequestBody ApplicationBody body, Locale locale) {
        Caller caller = Caller.current();
        Case opened = intake.open(caller, body.toApplication(), locale);
        return ResponseEntity.created(URI.create("/api/v1/cases/" + opened.caseId()))
                .body(CaseView.of(desk.overview(caller, opened), zone));
    }

    @GetMapping("/{caseId}")
    @PreAuthorize("isAuthenticated()")
    CaseView find(@PathVariable String caseId) {
        return CaseView.of(desk.find(Caller.current(), caseId), zone);
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    CaseList list(@RequestParam(required = false) CaseStatus status, @RequestParam(required = false) String orderId,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        if (page < 0) {
            throw new InvalidRequest("page", "must be 0 or more");
        }
        if (size < 1 || size > 100) {
            throw new InvalidRequest("size", "must be between 1 and 100");
        }
        CaseDesk.CasePage found = desk.list(Caller.current(), status, orderId, page, size);
        return new CaseList(found.items().stream().map(o -> CaseView.of(o, zone)).toList(), found.page(),
                found.size(), found.total());
    }

    @GetMapping("/{caseId}/timeline")
    @PreAuthorize("isAuthenticated()")
    List<TimelineEntry> timeline(@PathVariable String caseId) {
        return desk.timeline(Caller.current(), caseId).stream().map(e -> TimelineEntry.of(e, zone)).toList();
    }

    @PostMapping("/{caseId}/{action}")
    @PreAuthorize("hasAnyRole('BUYER', 'SELLER')")
    CaseView act(@PathVariable String caseId, @PathVariable String action, @Valid @RequestBody ActionBody body,
            Locale locale) {
        Caller caller = Caller.current();
        try {
            return CaseView.of(desk.overview(caller, desk.act(caller, caseId, action, body.toRequest(), locale)), zone);
        } catch (Cases.StaleCase stale) {
            Case current = (Case) stale.properties().get("case");
            throw new ConflictingState(stale.getMessage()).with("case", CaseView.of(desk.overview(caller, current), zone));
        }
    }
}
