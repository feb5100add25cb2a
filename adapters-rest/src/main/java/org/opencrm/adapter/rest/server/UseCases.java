package org.opencrm.adapter.rest.server;

/** Finds the service behind a driving port: the bootstrap's injector, or a test's hand-wired application. */
@FunctionalInterface
public interface UseCases {

    <T> T get(Class<T> port);
}
