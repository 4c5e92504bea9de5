package io.redress.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redress.Draw;
import io.redress.Tries;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A list's cursor reads back as given, and any other token — changed, cut, for another list — is a 400. */
class ListCursorProperties {

    private record Given(ListCursor cursor, int position, char replacement) {
    }

    private static Given draw(Random random) {
        List<String> keys = Draw.list(random, 1, 4, r -> r.nextBoolean()
                ? ListCursor.key(Instant.ofEpochSecond(Draw.between(r, 0L, 4_000_000_000L), Draw.between(r, 0, 999_999) * 1000L))
                : "C-" + Long.toHexString(r.nextLong()));
        ListCursor cursor = new ListCursor(Draw.oneOf(random, List.of("recent", "queue", "interventions")), keys);
        String text = decoded(cursor.token());
        return new Given(cursor, Draw.between(random, 0, text.length() - 1), (char) Draw.between(random, 32, 126));
    }

    @Test
    void aCursorReadsBackAsGiven() {
        Tries.forAll(300, ListCursorProperties::draw, given -> {
            ListCursor back = ListCursor.parse(given.cursor().token(), given.cursor().ordering(),
                    given.cursor().keys().size());
            assertThat(back).isEqualTo(given.cursor());
        });
    }

    @Test
    void aChangedOrCutTokenIsRefused() {
        Tries.forAll(300, ListCursorProperties::draw, given -> {
            String text = decoded(given.cursor().token());
            if (text.charAt(given.position()) == given.replacement()) {
                return;
            }
            String changed = text.substring(0, given.position()) + given.replacement()
                    + text.substring(given.position() + 1);
            assertRefused(encoded(changed), given.cursor());
            assertRefused(encoded(text.substring(0, given.position())), given.cursor());
        });
    }

    @Test
    void aCursorOfAnotherListOrWithOtherKeysIsRefused() {
        Tries.forAll(100, ListCursorProperties::draw, given -> {
            ListCursor c = given.cursor();
            assertRefused(c.token(), new ListCursor(c.ordering() + "x", c.keys()));
            assertThatThrownBy(() -> ListCursor.parse(c.token(), c.ordering(), c.keys().size() + 1))
                    .isInstanceOf(InvalidRequest.class);
        });
        assertThatThrownBy(() -> ListCursor.parse("not base64!", "recent", 2)).isInstanceOf(InvalidRequest.class);
    }

    private static void assertRefused(String token, ListCursor expected) {
        assertThatThrownBy(() -> ListCursor.parse(token, expected.ordering(), expected.keys().size()))
                .isInstanceOf(InvalidRequest.class)
                .satisfies(e -> assertThat(((InvalidRequest) e).errors().get(0).field()).isEqualTo("cursor"));
    }

    private static String decoded(String token) {
        return new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
    }

    private static String encoded(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
