package org.opencrm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;

/** Runs {@code crm} in this JVM, with the real wiring, and captures what it printed. */
final class Crm {

    record Result(int exitCode, String out, String err) {
    }

    private final Map<String, String> environment = new HashMap<>();

    Crm env(String key, String value) {
        environment.put(key, value);
        return this;
    }

    /**
     * Runs {@code crm STORE --format json ARGS...}, asserts it succeeded and returns what it printed, parsed;
     * {@code store} is a {@code --store=URI} argument.
     */
    static JsonNode json(String store, String... args) throws Exception {
        String[] all = new String[args.length + 3];
        all[0] = store;
        all[1] = "--format";
        all[2] = "json";
        System.arraycopy(args, 0, all, 3, args.length);
        Result r = new Crm().run(all);
        assertThat(r.exitCode()).as(r.err()).isZero();
        return new ObjectMapper().readTree(r.out());
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, environment, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }
}
