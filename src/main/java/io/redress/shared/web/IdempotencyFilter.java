package io.redress.shared.web;

import io.redress.shared.ConflictingState;
import io.redress.shared.InvalidRequest;
import io.redress.shared.ProblemType;
import io.redress.shared.RuleViolation;
import io.redress.shared.web.IdempotencyKeys.Scope;
import io.redress.shared.web.IdempotencyKeys.StoredResponse;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Idempotency-Key for POST under /api/. The key is claimed (RUNNING) in its own short transaction, so a
 * concurrent duplicate sees the claim at once and gets 409 instead of waiting. The request then runs in a
 * transaction that the services' @Transactional methods join, and its 2xx answer is stored in that same
 * transaction: the business rows and the stored answer commit together or not at all. A failed request
 * rolls back and frees the key; a claim left behind by a crash is taken over after redress.idempotency.takeover-after.
 */
final class IdempotencyFilter extends OncePerRequestFilter {

    static final String KEY = "Idempotency-Key";
    static final String REPLAYED = "Idempotency-Replayed";
    private static final int MAX_KEY_LENGTH = 255;
    private static final ProblemType KEY_IN_USE = new ProblemType("idempotency-key-in-use");
    private static final ProblemType KEY_REUSED = new ProblemType("idempotency-key-reused");
    /**
     * Answers that carry a secret (a token, a service key shown once) are never stored to be replayed, and sign-in
     * must not run in a transaction that a refusal rolls back, or the throttle's counts would be undone.
     * A key sent there is ignored: a retry issues a new secret.
     */
    static final Set<String> NEVER_STORED = Set.of("/api/v1/auth/token", "/api/v1/admin/service-keys");

    /** Background releases of a failed request's key ({@link #release}): the first after this, each next twice later. */
    private static final long RELEASE_FIRST_DELAY_MILLIS = 250;
    private static final int RELEASE_ATTEMPTS = 6;
    private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);

    private final ScheduledExecutorService releases = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "idempotency-release");
        thread.setDaemon(true);
        return thread;
    });
    private final IdempotencyKeys keys;
    private final TransactionTemplate transaction;
    private final HandlerExceptionResolver problems;
    private final Clock clock;
    private final Duration takeoverAfter;

    IdempotencyFilter(IdempotencyKeys keys, TransactionTemplate transaction, HandlerExceptionResolver problems,
            Clock clock, Duration takeoverAfter) {
        this.keys = keys;
        this.transaction = transaction;
        this.problems = problems;
        this.clock = clock;
        this.takeoverAfter = takeoverAfter;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !ApiPaths.isApi(request) || request.getHeader(KEY) == null
                || NEVER_STORED.contains(ApiPaths.path(request));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(KEY);
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            answer(request, response, new InvalidRequest(KEY, "must be 1 to " + MAX_KEY_LENGTH + " characters"));
            return;
        }
        HttpServletRequest readable = request;
        String bodyHash;
        String type = request.getContentType();
        if (type != null && type.toLowerCase().startsWith("multipart/")) {
            try {
                bodyHash = RequestDigest.ofParts(request);
            } catch (IllegalStateException overLimit) {
                // how servlet containers report uploads over the multipart limits
                answer(request, response, new MaxUploadSizeExceededException(-1, overLimit));
                return;
            } catch (IOException | ServletException malformed) {
                answer(request, response, new MultipartException("The multipart body is malformed", malformed));
                return;
            }
        } else {
            byte[] body = request instanceof CachedBodyRequest cached ? cached.body() : request.getInputStream().readAllBytes();
            readable = request instanceof CachedBodyRequest ? request : new CachedBodyRequest(request, body);
            bodyHash = RequestDigest.ofBody(body);
        }
        String caller = caller();
        String path = ApiPaths.path(request);
        // the scope hash covers the full values; the readable columns keep what fits
        Scope scope = new Scope(RequestDigest.of(caller, "POST", path, key), clip(caller, 255), "POST", clip(path, 2000), key);
        Optional<String> claim = claim(scope, bodyHash, request, response);
        if (claim.isPresent()) {
            run(scope, claim.get(), readable, response, chain);
        }
    }

    /** The claim token, or empty when the answer has been given already (replay or problem). */
    private Optional<String> claim(Scope scope, String bodyHash, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        for (int attempt = 0; attempt < 3; attempt++) {
            Optional<String> token = keys.claim(scope, bodyHash, clock.instant());
            if (token.isPresent()) {
                return token;
            }
            var existing = keys.find(scope);
            if (existing.isEmpty()) {
                continue; // released by a failed request in between: claim again
            }
            var row = existing.get();
            if (!row.bodyHash().equals(bodyHash) && (row.completed() || !abandoned(row))) {
                answer(request, response, new RuleViolation(KEY_REUSED,
                        "This Idempotency-Key was used with a different request body"));
                return Optional.empty();
            }
            if (row.completed()) {
                replay(row.response(), response);
                return Optional.empty();
            }
            if (!abandoned(row)) {
                answer(request, response, new ConflictingState(KEY_IN_USE,
                        "A request with this Idempotency-Key is still being processed; retry later"));
                return Optional.empty();
            }
            token = keys.takeOver(scope, row.claimToken(), bodyHash, clock.instant());
            if (token.isPresent()) {
                return token;
            }
        }
        answer(request, response, new ConflictingState(KEY_IN_USE,
                "This Idempotency-Key is contended; retry later"));
        return Optional.empty();
    }

    private boolean abandoned(IdempotencyKeys.Row row) {
        return row.claimedAt().plus(takeoverAfter).isBefore(clock.instant());
    }

    private void run(Scope scope, String token, HttpServletRequest request, HttpServletResponse response,
            FilterChain chain) throws IOException, ServletException {
        ContentCachingResponseWrapper recorder = new ContentCachingResponseWrapper(response);
        Boolean stored;
        try {
            stored = transaction.execute(tx -> {
                try {
                    chain.doFilter(request, recorder);
                } catch (IOException | ServletException e) {
                    throw new ChainFailure(e);
                }
                boolean success = recorder.getStatus() >= 200 && recorder.getStatus() < 300;
                if (success && keys.complete(scope, token, recorded(recorder), clock.instant())) {
                    return true;
                }
                tx.setRollbackOnly();
                return success ? null : false;
            });
        } catch (RuntimeException e) {
            release(scope, token);
            if (e instanceof ChainFailure failure) {
                failure.rethrowCause();
            }
            throw e;
        }
        if (stored == null) {
            // our claim was taken over while we ran: the work is rolled back and the other request answers
            response.reset();
            answer(request, response, new ConflictingState(KEY_IN_USE,
                    "The request took too long and another request with this Idempotency-Key took over"));
            return;
        }
        if (!stored) {
            release(scope, token);
        }
        recorder.copyBodyToResponse();
    }

    /**
     * Frees the key of a request that failed, so that the client's retry runs at once. Releasing needs a connection too:
     * when the failure was that none came in time (an overload), the release is likely to meet the same, and the claim
     * would stay until it is taken over ({@code redress.idempotency.takeover-after}), every retry until then answered
     * 409. So a release that meets a transient failure is tried again in the background, after 0.25, 0.5, 1, 2, 4 and
     * 8 s; the request answers as it would have. A release that finds the claim taken over deletes nothing.
     */
    private void release(Scope scope, String token) {
        try {
            keys.release(scope, token);
        } catch (RuntimeException failure) {
            if (!TransientFailures.in(failure)) {
                throw failure;
            }
            releaseLater(scope, token, 0);
        }
    }

    private void releaseLater(Scope scope, String token, int attempt) {
        if (attempt >= RELEASE_ATTEMPTS) {
            log.warn("Idempotency-Key {} of {} {} stays claimed until it is taken over: its release failed {} times",
                    scope.key(), scope.method(), scope.path(), RELEASE_ATTEMPTS + 1);
            return;
        }
        releases.schedule(() -> {
            try {
                keys.release(scope, token);
            } catch (RuntimeException failure) {
                if (TransientFailures.in(failure)) {
                    releaseLater(scope, token, attempt + 1);
                } else {
                    log.warn("Idempotency-Key {} of {} {} could not be released", scope.key(), scope.method(),
                            scope.path(), failure);
                }
            }
        }, RELEASE_FIRST_DELAY_MILLIS << attempt, TimeUnit.MILLISECONDS);
    }

    private static StoredResponse recorded(ContentCachingResponseWrapper recorder) {
        return new StoredResponse(recorder.getStatus(), recorder.getContentType(),
                recorder.getHeader(HttpHeaders.LOCATION), recorder.getContentAsByteArray());
    }

    private static void replay(StoredResponse stored, HttpServletResponse response) throws IOException {
        response.setStatus(stored.status());
        if (stored.contentType() != null) {
            response.setContentType(stored.contentType());
        }
        if (stored.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, stored.location());
        }
        response.setHeader(REPLAYED, "true");
        byte[] body = stored.body() == null ? new byte[0] : stored.body();
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private void answer(HttpServletRequest request, HttpServletResponse response, Exception problem) {
        problems.resolveException(request, response, null, problem);
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private static String caller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication.getName() == null ? "anonymous" : authentication.getName();
    }

    /** Carries a checked failure of the filter chain out of the transaction callback. */
    private static final class ChainFailure extends RuntimeException {

        ChainFailure(Exception cause) {
            super(cause);
        }

        void rethrowCause() throws IOException, ServletException {
            if (getCause() instanceof IOException io) {
                throw io;
            }
            throw (ServletException) getCause();
        }
    }
}
