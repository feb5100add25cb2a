package org.opencrm.adapter.cli.render;

/** How a command prints its result: aligned text for people, CSV and JSON for programs. */
public enum OutputFormat { TABLE, CSV, JSON }
