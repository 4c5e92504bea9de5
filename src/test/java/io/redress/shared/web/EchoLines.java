package io.redress.shared.web;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.validation.annotation.Validated;

/** A service validated by method validation, as modules' services are. */
@Component
@Validated
class EchoLines {

    int count(@Valid List<EchoController.Line> lines) {
        return lines.size();
    }
}
