/**
 * {@code hrc models train|eval|bench}: the command-line face of the hrc-models module. Results go to stdout
 * (tables, or JSON for eval), progress and errors to stderr.
 */
package org.hrcmonitor.cli.models;
