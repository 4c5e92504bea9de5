package io.redress.console;

import io.redress.identity.Caller;
import io.redress.identity.DemoAccount;
import io.redress.identity.Role;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The login page and the home page, which shows each role what it can do. */
@Controller
class ConsoleController {

    private final boolean demo;

    ConsoleController(@Value("${redress.demo:false}") boolean demo) {
        this.demo = demo;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("demo", demo);
        if (demo) {
            model.addAttribute("demoAccounts", DemoAccount.all());
            model.addAttribute("demoPassword", DemoAccount.PASSWORD);
            model.addAttribute("demoServiceKey", DemoAccount.SERVICE_KEY);
        }
        return "console/login";
    }

    @GetMapping("/")
    String home(Model model) {
        Caller caller = Caller.current();
        List<Role> roles = caller.roles().stream().sorted().toList();
        model.addAttribute("caller", caller);
        model.addAttribute("roles", roles);
        model.addAttribute("baseUrl", ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
        return "console/home";
    }
}
