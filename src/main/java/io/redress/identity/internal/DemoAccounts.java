package io.redress.identity.internal;

import io.redress.identity.DemoAccount;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In demo mode, seeds the accounts, shops and service key that the README ("Try it: the API with curl") publishes into an empty
 * database. Outside demo mode, refuses to start while any of those credentials would still work.
 */
@Component
class DemoAccounts implements InitializingBean {

    private final boolean demo;
    private final Users users;
    private final Shops shops;
    private final ServiceKeys serviceKeys;
    private final PasswordEncoder passwords;
    private final TransactionTemplate transaction;

    DemoAccounts(@Value("${redress.demo:false}") boolean demo, Users users, Shops shops, ServiceKeys serviceKeys,
            PasswordEncoder passwords, PlatformTransactionManager transactions) {
        this.demo = demo;
        this.users = users;
        this.shops = shops;
        this.serviceKeys = serviceKeys;
        this.passwords = passwords;
        this.transaction = new TransactionTemplate(transactions);
    }

    // Runs once the JdbcClient exists, which Boot only hands out after Flyway has migrated.
    @Override
    public void afterPropertiesSet() {
        if (demo) {
            try {
                transaction.executeWithoutResult(status -> seedIntoEmptyDatabase());
            } catch (DuplicateKeyException seededElsewhere) {
                // another instance starting on the same empty database seeded them at the same moment
            }
        } else {
            List<String> usable = DemoCredentials.usable(users.all(), serviceKeys.isActive(DemoAccount.SERVICE_KEY),
                    passwords);
            if (!usable.isEmpty()) {
                throw new IllegalStateException(DemoCredentials.refusal(usable));
            }
        }
    }

    private void seedIntoEmptyDatabase() {
        if (!users.isEmpty()) {
            return;
        }
        shops.add("shop-1", "一号店 Shop One");
        shops.add("shop-2", "二号店 Shop Two");
        for (DemoAccount account : DemoAccount.all()) {
            users.add(account.username(), DemoAccount.PASSWORD, displayName(account), Set.of(account.role()),
                    account.buyerId(), account.shopId());
        }
        if (serviceKeys.all().isEmpty()) {
            serviceKeys.register("Demo marketplace", DemoAccount.SERVICE_KEY);
        }
    }

    private static String displayName(DemoAccount account) {
        String name = account.username();
        return Character.toUpperCase(name.charAt(0)) + name.substring(1, name.length() - 1) + " " + name.charAt(name.length() - 1);
    }
}
