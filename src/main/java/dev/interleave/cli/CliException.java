package dev.interleave.cli;

/** A problem with what the user typed or named: printed as one line on stderr, exit code 2. */
final class CliException extends Exception {
    CliException(String message) {
        super(message);
    }
}
