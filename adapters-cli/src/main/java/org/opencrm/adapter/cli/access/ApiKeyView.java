package org.opencrm.adapter.cli.access;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opencrm.adapter.cli.render.OutputFormat;
import org.opencrm.adapter.cli.render.Renderer;
import org.opencrm.adapter.cli.render.TableView;
import org.opencrm.domain.access.ApiKey;

/** Prints API keys (never a secret or its hash) as a table, CSV or JSON; with the token once, on creation. */
final class ApiKeyView {

    private ApiKeyView() {
    }

    static void print(PrintWriter out, OutputFormat format, List<ApiKey> keys, Optional<String> token) {
        if (format == OutputFormat.JSON) {
            List<Map<String, Object>> json = keys.stream().map(k -> json(k, token)).toList();
            Renderer.json(out, token.isPresent() ? json.get(0) : json);
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (ApiKey k : keys) {
            rows.add(List.of(k.id().value(), k.name(), k.scopeCodes(), k.createdAt().toString(),
                    k.revokedAt().map(Object::toString).orElse("")));
        }
        TableView table = new TableView("API keys", List.of("id", "name", "scopes", "created_at", "revoked_at"), rows);
        if (format == OutputFormat.CSV) {
            Renderer.csv(out, table);
        } else {
            Renderer.table(out, List.of(table));
        }
        token.ifPresent(t -> out.printf("%nToken (shown only now; send it as 'Authorization: Bearer TOKEN'):%n%s%n", t));
    }

    private static Map<String, Object> json(ApiKey k, Optional<String> token) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("id", k.id().value());
        j.put("name", k.name());
        j.put("scopes", k.scopes().stream().map(s -> s.code()).sorted().toList());
        j.put("createdAt", k.createdAt().toString());
        j.put("revokedAt", k.revokedAt().map(Object::toString).orElse(null));
        token.ifPresent(t -> j.put("token", t));
        return j;
    }
}
