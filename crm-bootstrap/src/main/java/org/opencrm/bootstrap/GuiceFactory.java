package org.opencrm.bootstrap;

import com.google.inject.Injector;
import picocli.CommandLine;

/** Lets picocli build our commands through Guice (constructor injection); picocli's own classes as usual. */
final class GuiceFactory implements CommandLine.IFactory {

    private final Injector injector;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    GuiceFactory(Injector injector) {
        this.injector = injector;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        if (type.getName().startsWith("org.opencrm.")) {
            return injector.getInstance(type);
        }
        return fallback.create(type);
    }
}
