package org.opencrm.bootstrap;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import org.opencrm.adapter.rest.exchange.RequestLog;

/**
 * The logging setup, in code rather than a logback.xml: reading the XML cost every command start-up time
 * (docs/performance.md). Warnings and errors go to stderr (stdout carries the command's data); {@code crm serve}'s
 * access log is one line per request, written by a background thread so that requests never wait for the
 * terminal (up to 8192 lines queued; beyond that requests do wait). A file named by
 * {@code -Dlogback.configurationFile} replaces all of this.
 */
public final class LoggingConfigurator extends ContextAwareBase implements Configurator {

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        AsyncAppender access = new AsyncAppender();
        access.setContext(context);
        access.setName("ASYNC_ACCESS");
        access.setQueueSize(8192);
        access.setDiscardingThreshold(0);
        access.addAppender(stderr(context, "ACCESS", "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX, UTC} %msg%n"));
        access.start();
        Logger accessLog = context.getLogger(RequestLog.ACCESS_LOG);
        accessLog.setLevel(Level.INFO);
        accessLog.setAdditive(false);
        accessLog.addAppender(access);

        context.getLogger("org.flywaydb").setLevel(Level.WARN);
        context.getLogger("org.jooq").setLevel(Level.WARN);
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(stderr(context, "STDERR", "%d{HH:mm:ss.SSS} %-5level %logger{24} - %msg%n"));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    private static ConsoleAppender<ILoggingEvent> stderr(LoggerContext context, String name, String pattern) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(pattern);
        encoder.start();
        ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
        appender.setContext(context);
        appender.setName(name);
        appender.setTarget("System.err");
        appender.setEncoder(encoder);
        appender.start();
        return appender;
    }
}
