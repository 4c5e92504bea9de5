package io.redress.intervention.web;

import io.redress.identity.Caller;
import io.redress.intervention.Notes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Platform-only notes on a case; the parties never see them. */
@RestController
class NoteController {

    private final Notes notes;

    NoteController(Notes notes) {
        this.notes = notes;
    }

    record NoteBody(@NotBlank @Size(max = 4000) String text) {
    }

    @PostMapping("/api/v1/cases/{caseId}/notes")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('AGENT', 'SENIOR_AGENT')")
    @Operation(summary = "Add a platform-only note", description = "Roles: AGENT, SENIOR_AGENT.")
    @ApiResponse(responseCode = "201", description = "The note")
    @ApiResponse(responseCode = "404", description = "No such case")
    Notes.Note add(@PathVariable String caseId, @Valid @RequestBody NoteBody body) {
        return notes.add(Caller.current(), caseId, body.text());
    }

    @GetMapping("/api/v1/cases/{caseId}/notes")
    @PreAuthorize("hasAnyRole('AGENT', 'SENIOR_AGENT')")
    @Operation(summary = "A case's platform-only notes", description = "Roles: AGENT, SENIOR_AGENT; oldest first.")
    @ApiResponse(responseCode = "200", description = "The notes")
    @ApiResponse(responseCode = "404", description = "No such case")
    List<Notes.Note> list(@PathVariable String caseId) {
        return notes.of(Caller.current(), caseId);
    }
}
