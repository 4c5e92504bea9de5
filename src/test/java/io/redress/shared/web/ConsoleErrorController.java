package io.redress.shared.web;

import io.redress.shared.ResourceNotFound;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** A page outside /api/ that fails, to show that pages keep Spring Boot's error handling. */
@Controller
class ConsoleErrorController {

    @GetMapping("/test-page/missing")
    String missing() {
        throw new ResourceNotFound("Case", "c-404");
    }
}
