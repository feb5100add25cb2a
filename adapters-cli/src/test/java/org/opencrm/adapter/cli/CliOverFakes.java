package org.opencrm.adapter.cli;

import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Constructor;
import java.util.Arrays;
import org.opencrm.application.fake.FakeApplication;
import org.opencrm.application.port.in.value.ChurnPolicy;
import picocli.CommandLine;

/**
 * The {@code crm} command tree as picocli runs it, each command built over the application's fake storage (what
 * the bootstrap does with Guice and a real store): arguments in, exit code and both streams out.
 */
final class CliOverFakes {

    /** What a run printed and returned. */
    record Result(int exitCode, String out, String err) {
    }

    final FakeApplication app = new FakeApplication();

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CrmCli.forArguments(args, new Factory(), new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    /** Builds a command through its injectable constructor, its use cases taken from the fake application. */
    private final class Factory implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            for (Constructor<?> c : type.getDeclaredConstructors()) {
                if (c.isAnnotationPresent(Inject.class)) {
                    Object[] args = Arrays.stream(c.getParameterTypes()).map(this::argument).toArray();
                    c.setAccessible(true);
                    return type.cast(c.newInstance(args));
                }
            }
            return CommandLine.defaultFactory().create(type);
        }

        private Object argument(Class<?> type) {
            if (type == ChurnPolicy.class) {
                return ChurnPolicy.DEFAULT;
            }
            return app.useCase(type);
        }
    }
}
