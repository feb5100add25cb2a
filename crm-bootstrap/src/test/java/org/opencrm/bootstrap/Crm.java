package org.opencrm.bootstrap;

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

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, environment, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }
}
