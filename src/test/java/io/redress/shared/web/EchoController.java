package io.redress.shared.web;

import io.redress.shared.ConflictingState;
import io.redress.shared.InvalidRequest;
import io.redress.shared.MinorUnits;
import io.redress.shared.ResourceNotFound;
import io.redress.shared.RuleViolation;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

/** Endpoints that exist only in tests, to drive every kind of failure and an idempotent write. */
@Hidden // test-only endpoints stay out of the published document that .ci/run lints
@RestController
@RequestMapping("/api/test")
class EchoController {

    enum Colour { RED, GREEN }

    record Line(@Positive int quantity) {
    }

    record Nested(String note) {
    }

    record Sample(@NotBlank String name, @MinorUnits long amount, @NotNull Colour colour,
            List<@Valid Line> lines, Nested nested) {
    }

    record Write(@NotBlank String ref, boolean fail, boolean loseClaim, long sleepMillis) {
    }

    record Written(String ref, String serial) {
    }

    private final JdbcClient jdbc;
    private final EchoLines lines;

    EchoController(JdbcClient jdbc, EchoLines lines) {
        this.jdbc = jdbc;
        this.lines = lines;
    }

    @PostMapping("/echo")
    Sample echo(@Valid @RequestBody Sample sample) {
        return sample;
    }

    @GetMapping("/echo/{id}")
    String read(@PathVariable long id, @RequestParam @Min(1) int size, @RequestHeader("X-Shop") String shop) {
        return id + "/" + size + "/" + shop;
    }

    @GetMapping(value = "/csv", produces = "text/csv")
    String csv() {
        return "a,b\n";
    }

    @GetMapping("/boom")
    String boom() {
        throw new IllegalStateException("secret internals: jdbc:h2:mem password=hunter2");
    }

    /** What a request meets when every connection of its pool is taken. */
    @PostMapping("/exhausted-pool")
    String exhaustedPool() {
        throw ExhaustedPool.failureOfATransaction();
    }

    @GetMapping("/denied")
    String denied() {
        throw new AccessDeniedException("not for you");
    }

    @GetMapping("/missing")
    String missing() {
        throw new ResourceNotFound("Order", "o-404");
    }

    @GetMapping("/conflict")
    String conflict() {
        throw new ConflictingState("Case c-1 is CLOSED").with("allowedActions", List.of("appeal"));
    }

    @GetMapping("/unbalanced")
    String unbalanced() {
        throw new RuleViolation("Refund 120 exceeds the 100 paid");
    }

    @GetMapping("/service-validation")
    int serviceValidation() {
        return lines.count(List.of(new Line(1), new Line(0)));
    }

    @GetMapping("/invalid")
    String invalid() {
        throw new InvalidRequest("lines[1].sku", "is not on the order");
    }

    @PostMapping(value = "/upload", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String upload() {
        throw new MaxUploadSizeExceededException(5 * 1024 * 1024);
    }

    /** What the multipart resolver throws for a body the container could not take apart. */
    @PostMapping(value = "/broken-upload", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String brokenUpload() {
        throw new org.springframework.web.multipart.MultipartException("Failed to parse multipart servlet request",
                new java.io.IOException("Stream ended unexpectedly"));
    }

    /** Stores an upload's name as a row, to show that multipart requests are idempotent too. */
    @PostMapping(value = "/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Written> upload(@RequestParam("file") MultipartFile file) {
        jdbc.sql("INSERT INTO redress_info (name, info) VALUES (?, 'file')").param(file.getOriginalFilename()).update();
        return ResponseEntity.created(URI.create("/api/test/files/" + file.getOriginalFilename()))
                .body(new Written(file.getOriginalFilename(), UUID.randomUUID().toString()));
    }

    /** Writes a row; fails after writing when asked, to show the write is rolled back with the key released. */
    @PostMapping("/rows")
    ResponseEntity<Written> write(@Valid @RequestBody Write write, @RequestHeader("Idempotency-Key") String key)
            throws InterruptedException {
        jdbc.sql("INSERT INTO redress_info (name, info) VALUES (?, 'echo')").param(write.ref()).update();
        Thread.sleep(write.sleepMillis());
        if (write.fail()) {
            throw new RuleViolation("asked to fail after writing");
        }
        if (write.loseClaim()) {
            jdbc.sql("UPDATE idempotency_keys SET claim_token = 'taken-over' WHERE idempotency_key = ?").param(key).update();
        }
        return ResponseEntity.created(URI.create("/api/test/rows/" + write.ref()))
                .body(new Written(write.ref(), UUID.randomUUID().toString()));
    }
}
