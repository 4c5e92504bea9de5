package io.redress.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redress.identity.Role;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class DemoCredentialsTest {

    // The lowest bcrypt cost keeps the test fast; the check does not depend on it.
    final PasswordEncoder passwords = new BCryptPasswordEncoder(4);

    Users.User user(String name, String password, boolean enabled) {
        return new Users.User(name, passwords.encode(password), name, null, null, enabled, Set.of(Role.AGENT));
    }

    @Test
    void userWithTheDemoPasswordMakesProductionRefuseToStart() {
        List<String> usable = DemoCredentials.usable(
                List.of(user("admin1", "demo", true), user("ops", "a long real password", true)), false, passwords);
        assertThat(usable).containsExactly("user admin1 has the password \"demo\"");
        assertThat(DemoCredentials.refusal(usable)).contains("redress.demo=false").contains("admin1");
    }

    @Test
    void activeDemoServiceKeyMakesProductionRefuseToStart() {
        assertThat(DemoCredentials.usable(List.of(), true, passwords))
                .containsExactly("the service key demo-marketplace-key is active");
    }

    @Test
    void changedPasswordsDisabledUsersAndNoDemoKeyLetProductionStart() {
        assertThat(DemoCredentials.usable(
                List.of(user("admin1", "changed-in-production", true), user("buyer1", "demo", false)), false, passwords))
                .isEmpty();
    }

    @Test
    void signingSecretIsRequiredOutsideDemoMode() {
        assertThatThrownBy(() -> LocalTokens.secret(null, false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("redress.auth.signing-secret is required");
    }

    @Test
    void signingSecretShorterThan32BytesIsRefused() {
        assertThatThrownBy(() -> LocalTokens.secret("too-short-secret", true))
                .hasMessageContaining("at least 32 bytes");
        assertThat(LocalTokens.secret("x".repeat(32), false)).hasSize(32);
    }

    @Test
    void demoModeWithoutSecretSignsWithAFreshRandomOne() {
        byte[] first = LocalTokens.secret("", true);
        assertThat(first).hasSize(32).isNotEqualTo(LocalTokens.secret("", true));
    }

    @Test
    void initialAdminNeedsARealPassword() {
        assertThatThrownBy(() -> InitialAdmin.check("demo")).hasMessageContaining("at least 12 characters");
        assertThatThrownBy(() -> InitialAdmin.check("short-one")).isInstanceOf(IllegalStateException.class);
        InitialAdmin.check("a-long-enough-secret");
    }
}
