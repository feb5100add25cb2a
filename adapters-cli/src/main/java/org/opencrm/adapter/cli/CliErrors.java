package org.opencrm.adapter.cli;

import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import org.opencrm.adapter.cli.support.ExitCodes;
import org.opencrm.adapter.cli.support.InputException;
import org.opencrm.application.error.ApiKeyNotFoundException;
import org.opencrm.application.error.CustomerNotFoundException;
import org.opencrm.application.error.DuplicateExternalIdException;
import org.opencrm.application.error.FactNotFoundException;
import org.opencrm.application.error.IdConflictException;
import org.opencrm.application.error.ModelNotFittedException;
import org.opencrm.application.error.ReportNotComputableException;
import org.opencrm.application.error.StorageException;
import org.opencrm.application.error.UnknownStoreSchemeException;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine;

/**
 * Maps every failure to one line on stderr and a stable exit code: users see what went wrong and where,
 * never a stack trace (set CRM_DEBUG=1 to get one).
 */
public final class CliErrors implements IExecutionExceptionHandler, IExitCodeExceptionMapper {

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        commandLine.getErr().println(commandLine.getColorScheme().errorText("crm: " + message(e)));
        if (System.getenv("CRM_DEBUG") != null) {
            e.printStackTrace(commandLine.getErr());
        }
        commandLine.getErr().flush();
        return getExitCode(e);
    }

    @Override
    public int getExitCode(Throwable e) {
        if (e instanceof CustomerNotFoundException || e instanceof ModelNotFittedException
                || e instanceof ApiKeyNotFoundException || e instanceof FactNotFoundException) {
            return ExitCodes.NOT_FOUND;
        }
        if (e instanceof StorageException || e instanceof UnknownStoreSchemeException) {
            return ExitCodes.STORE;
        }
        if (e instanceof InputException || e instanceof DuplicateExternalIdException || e instanceof IdConflictException
                || e instanceof IllegalArgumentException || e instanceof UncheckedIOException
                || e instanceof java.io.IOException) {
            return ExitCodes.DATA;
        }
        if (e instanceof CommandLine.ParameterException) {
            return ExitCodes.USAGE;
        }
        if (e instanceof ReportNotComputableException) {
            return ExitCodes.DATA; // the store's data cannot make the report as asked
        }
        return ExitCodes.SOFTWARE;
    }

    static String message(Throwable e) {
        if (e instanceof UncheckedIOException io) {
            return describe(io.getCause());
        }
        if (e instanceof java.io.IOException io) {
            return describe(io);
        }
        if (e.getMessage() == null || isBug(e)) {
            return "unexpected " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
                    + " (run with CRM_DEBUG=1 for details)";
        }
        return e.getMessage();
    }

    private static boolean isBug(Throwable e) {
        return e instanceof NullPointerException || e instanceof IllegalStateException
                || e instanceof ClassCastException || e instanceof IndexOutOfBoundsException;
    }

    private static String describe(java.io.IOException e) {
        if (e instanceof NoSuchFileException nsf) {
            return "no such file: " + nsf.getFile();
        }
        if (e instanceof java.nio.file.AccessDeniedException denied) {
            return "permission denied: " + denied.getFile();
        }
        // Our own messages say what and where already ("cannot write rejects file PATH: ..."); the JDK's name
        // the class in front, which tells an operator nothing.
        return e.getMessage() != null && e.getMessage().startsWith("cannot ") ? e.getMessage()
                : e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
