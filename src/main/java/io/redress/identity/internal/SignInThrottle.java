package io.redress.identity.internal;

import io.redress.identity.Caller;
import io.redress.identity.SignedIn;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signs built-in users in, throttled by client address and by account with the counters in the database, so that
 * every instance sees every attempt. A client that guesses is stopped for the rest of the window; an account
 * under attack from many addresses only makes those addresses wait a few seconds between guesses, while clients
 * the account already signed in from go on as before: nobody can lock an owner out of their account.
 */
@Component
public class SignInThrottle {

    /** The caller must wait {@code retryAfter} before trying again; the credentials were not checked. */
    public static final class TooManyAttempts extends RuntimeException {

        private final transient Duration retryAfter;

        TooManyAttempts(Duration retryAfter) {
            super("Too many sign-in attempts; try again in " + seconds(retryAfter) + " s", null, false, false);
            this.retryAfter = retryAfter;
        }

        public Duration retryAfter() {
            return retryAfter;
        }

        /**
         * The wait in whole seconds, rounded up (at least 1), as Retry-After says it: a client that comes back after
         * exactly that long is let in, never refused for the fraction of a second a rounded-down value leaves.
         */
        public long retryAfterSeconds() {
            return seconds(retryAfter);
        }

        private static long seconds(Duration wait) {
            return Math.max(1, (wait.toMillis() + 999) / 1000);
        }
    }

    private static final int MAX_USERNAME = 64;

    private final Users users;
    private final SignInThrottleRows rows;
    private final SignInProperties limits;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    SignInThrottle(Users users, SignInThrottleRows rows, SignInProperties limits, Clock clock,
            ApplicationEventPublisher events, PlatformTransactionManager transactions) {
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.users = users;
        this.rows = rows;
        this.limits = limits;
        this.clock = clock;
    }

    /**
     * The caller these credentials belong to, or empty when they are wrong; {@link TooManyAttempts} when the client
     * or the account must wait first. Every attempt counts until it succeeds.
     */
    public Optional<Caller> signIn(String username, String password, String client) {
        String account = account(username);
        admit(account, client).ifPresent(wait -> {
            throw new TooManyAttempts(wait);
        });
        Optional<Caller> caller = users.authenticate(username, password);
        caller.ifPresent(signedIn -> {
            // the counters commit on their own, each in one statement: before the event's transaction, not inside
            // it, so that a sign-in never holds one pooled connection while it waits for another
            succeeded(account, client);
            transaction.executeWithoutResult(status -> events.publishEvent(new SignedIn(signedIn.name(),
                    signedIn.roles().stream().sorted().toList(), client, clock.instant())));
        });
        return caller;
    }

    private Optional<Duration> admit(String account, String client) {
        Instant now = clock.instant();
        SignInThrottleRows.Counter byClient = rows.count(clientKey(client), now, limits.window());
        if (byClient.attempts() > limits.clientAttempts()) {
            return Optional.of(until(byClient.windowStartedAt().plus(limits.window()), now));
        }
        SignInThrottleRows.Counter byAccount = rows.count(accountKey(account), now, limits.window());
        int over = byAccount.attempts() - limits.accountFreeAttempts();
        if (over <= 0 || rows.known(account, client, now.minus(limits.knownClientFor()))) {
            return Optional.empty();
        }
        // The slot is taken in one statement, so parallel guesses from many addresses still wait their turn.
        if (rows.claim(accountKey(account), now, now.plus(limits.accountDelay(over)))) {
            return Optional.empty();
        }
        return Optional.of(rows.find(accountKey(account)).map(c -> until(c.nextAttemptAt(), now))
                .orElse(Duration.ofSeconds(1)));
    }

    private void succeeded(String account, String client) {
        // The client's count goes down by this attempt only: signing in to one's own account between guesses at
        // others must not clear the guesses.
        rows.uncount(clientKey(client));
        rows.forget(accountKey(account));
        rows.remember(account, client, clock.instant());
    }

    private static Duration until(Instant end, Instant now) {
        Duration left = Duration.between(now, end);
        return left.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : left;
    }

    /** Usernames are compared as typed by the user table, but counted without case so that BUYER1 is buyer1. */
    private static String account(String username) {
        String name = username == null ? "" : username.toLowerCase(Locale.ROOT);
        return name.length() > MAX_USERNAME ? name.substring(0, MAX_USERNAME) : name;
    }

    static String clientKey(String client) {
        return "client:" + client;
    }

    static String accountKey(String account) {
        return "account:" + account;
    }
}
