package io.redress.identity.web;

import io.redress.identity.internal.ServiceKeys;
import jakarta.validation.constraints.NotBlank;
import java.time.ZoneId;
import java.util.List;
import java.time.format.DateTimeFormatter;
import org.springframework.beans.factory.annotation.Value;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The console page where an admin creates and revokes marketplace service keys. */
@Controller
@Validated
@RequestMapping("/admin/service-keys")
@PreAuthorize("hasRole('ADMIN')")
class ServiceKeyPage {

    private static final String REDIRECT = "redirect:/admin/service-keys";

    /** A key as the page shows it, its times in the marketplace's zone. */
    public record Row(String keyId, String name, String lastFour, String createdAt, String revokedAt) {

        public boolean revoked() {
            return revokedAt != null;
        }
    }

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ServiceKeys serviceKeys;
    private final ZoneId zone;

    ServiceKeyPage(ServiceKeys serviceKeys, @Value("${redress.zone:Asia/Shanghai}") ZoneId zone) {
        this.serviceKeys = serviceKeys;
        this.zone = zone;
    }

    private Row row(ServiceKeys.ServiceKey key) {
        return new Row(key.keyId(), key.name(), key.lastFour(), MINUTES.format(key.createdAt().atZone(zone)),
                key.revokedAt() == null ? null : MINUTES.format(key.revokedAt().atZone(zone)));
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("keys", serviceKeys.all().stream().map(this::row).toList());
        return "admin/service-keys";
    }

    // Redirect after the post, carrying the new key in a flash attribute: shown on the next page, then gone.
    @PostMapping
    String create(@RequestParam @NotBlank @Size(max = 100) String name, RedirectAttributes redirect) {
        redirect.addFlashAttribute("created", serviceKeys.create(name.strip()));
        return REDIRECT;
    }

    @PostMapping("/{keyId}/revoke")
    String revoke(@PathVariable String keyId, @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        Row key = serviceKeys.revoke(keyId).map(this::row)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (htmx == null) {
            return REDIRECT;
        }
        // the row fragment iterates over keys, so htmx gets exactly this key's row back
        model.addAttribute("keys", List.of(key));
        return "admin/service-keys :: row";
    }
}
