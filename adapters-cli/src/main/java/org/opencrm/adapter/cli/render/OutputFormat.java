package org.opencrm.adapter.cli.render;

/** How a command prints its result: aligned text for people, CSV and JSON for programs, an HTML page for reports. */
public enum OutputFormat { TABLE, CSV, JSON, HTML }
