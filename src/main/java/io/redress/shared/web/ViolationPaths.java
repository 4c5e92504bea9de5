package io.redress.shared.web;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.List;

/** The JSON path of a Bean Validation violation, without the method and parameter of method validation. */
final class ViolationPaths {

    private ViolationPaths() {
    }

    /** e.g. quote.request.lines[0].quantity -> lines[0].quantity; a violated parameter keeps its own name. */
    static String field(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(node -> {
            if (node.getKind() != ElementKind.METHOD && node.getKind() != ElementKind.CONSTRUCTOR) {
                nodes.add(node);
            }
        });
        if (nodes.size() > 1 && nodes.get(0).getKind() == ElementKind.PARAMETER) {
            nodes.remove(0);
        }
        StringBuilder field = new StringBuilder();
        for (Path.Node node : nodes) {
            if (node.isInIterable()) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                field.append(field.isEmpty() ? "" : ".").append(name);
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }
}
