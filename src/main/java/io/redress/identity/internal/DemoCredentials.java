package io.redress.identity.internal;

import io.redress.identity.DemoAccount;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The published demo credentials, and the check that none of them is usable where demo mode is off. */
final class DemoCredentials {

    private DemoCredentials() {
    }

    /** What would let anyone in with the published demo credentials; empty when nothing would. */
    static List<String> usable(List<Users.User> users, boolean demoKeyActive, PasswordEncoder passwords) {
        List<String> found = new ArrayList<>();
        for (Users.User user : users) {
            if (user.enabled() && passwords.matches(DemoAccount.PASSWORD, user.passwordHash())) {
                found.add("user " + user.username() + " has the password \"" + DemoAccount.PASSWORD + "\"");
            }
        }
        if (demoKeyActive) {
            found.add("the service key " + DemoAccount.SERVICE_KEY + " is active");
        }
        return found;
    }

    static String refusal(List<String> usable) {
        return "Demo credentials are present while redress.demo=false: " + String.join("; ", usable)
                + ". Change those passwords, revoke the key, or start with redress.demo=true.";
    }
}
