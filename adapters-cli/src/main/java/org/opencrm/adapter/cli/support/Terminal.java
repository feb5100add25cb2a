package org.opencrm.adapter.cli.support;

import java.lang.reflect.Method;

/** Whether stdout is a terminal a person watches: progress bars there, plain lines in logs. */
public final class Terminal {

    private Terminal() {
    }

    public static boolean isInteractive() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        // From Java 22 on, System.console() exists even when redirected; isTerminal() tells the truth.
        try {
            Method isTerminal = java.io.Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
