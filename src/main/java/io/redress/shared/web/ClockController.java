package io.redress.shared.web;

import io.redress.shared.ClockAdvanced;
import io.redress.shared.ConflictingState;
import io.redress.shared.DevelopmentClock;
import io.redress.shared.InvalidRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The development clock: read it, or let time pass so that deadlines fall due. */
@RestController
@RequestMapping("/api/v1/admin/clock")
@PreAuthorize("hasRole('ADMIN')")
class ClockController {

    /** Ten years: more than any deadline of any policy, and far from where instant arithmetic overflows. */
    static final Duration MAX_ADVANCE = Duration.ofDays(3650);

    private final Clock clock;
    private final ApplicationEventPublisher events;

    ClockController(Clock clock, ApplicationEventPublisher events) {
        this.clock = clock;
        this.events = events;
    }

    record ClockState(OffsetDateTime now, String mode, Duration offset) {
    }

    record Advance(@NotNull Duration duration) {
    }

    @GetMapping
    @Operation(summary = "Read the application clock",
            description = "Roles: ADMIN. The current time, the clock mode (offset in development, system in "
            + "production) and the offset.")
    @ApiResponse(responseCode = "200", description = "The clock")
    @ApiResponse(responseCode = "403", description = "The caller is not an admin")
    ClockState state() {
        boolean movable = clock instanceof DevelopmentClock;
        Duration offset = movable ? ((DevelopmentClock) clock).offset() : Duration.ZERO;
        return new ClockState(OffsetDateTime.now(clock), movable ? "offset" : "system", offset);
    }

    /** Listeners of ClockAdvanced run synchronously, so what fell due has acted when this returns. */
    @PostMapping("/advance")
    @Operation(summary = "Move the development clock forward",
            description = "Roles: ADMIN. Only in offset mode (never in production), by at most P3650D per call. Due "
            + "deadlines fire before this answers.")
    @ApiResponse(responseCode = "200", description = "The clock after the move")
    @ApiResponse(responseCode = "400", description = "duration missing, not ISO-8601, not positive, or over P3650D")
    @ApiResponse(responseCode = "403", description = "The caller is not an admin")
    @ApiResponse(responseCode = "409", description = "The clock runs in system mode and cannot be moved")
    ClockState advance(@Validated @RequestBody Advance request) {
        if (!(clock instanceof DevelopmentClock movable)) {
            throw new ConflictingState("The clock runs in system mode and cannot be moved");
        }
        if (request.duration().isZero() || request.duration().isNegative()) {
            throw new InvalidRequest("duration", "must be a positive ISO-8601 duration such as PT25H");
        }
        if (request.duration().compareTo(MAX_ADVANCE) > 0) {
            throw new InvalidRequest("duration", "must be at most P3650D (ten years)");
        }
        if (OffsetDateTime.now(clock).plus(request.duration()).getYear() > Timestamps.LAST_YEAR) {
            throw new InvalidRequest("duration", "would move the clock past the year " + Timestamps.LAST_YEAR);
        }
        ClockAdvanced advanced = movable.advance(request.duration());
        events.publishEvent(advanced);
        return state();
    }
}
