package io.redress.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.ui.ExtendedModelMap;

class ConsoleControllerTest {

    @Test
    void loginPageListsNoDemoCredentialsOutsideDemoMode() {
        ExtendedModelMap model = new ExtendedModelMap();
        assertThat(new ConsoleController(false).login(model)).isEqualTo("console/login");
        assertThat(model.get("demo")).isEqualTo(false);
        assertThat(model).doesNotContainKeys("demoAccounts", "demoPassword", "demoServiceKey");
    }

    @Test
    void loginPageListsEveryDemoAccountInDemoMode() {
        ExtendedModelMap model = new ExtendedModelMap();
        new ConsoleController(true).login(model);
        assertThat(model.get("demoServiceKey")).isEqualTo("demo-marketplace-key");
        assertThat((Iterable<?>) model.get("demoAccounts")).hasSize(9);
    }
}
